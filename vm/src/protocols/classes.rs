//! Making classes and instances: `BUILD_CLASS` (`build_class` in ceval.c with its metaclass
//! choice), old-style `PyClass_New` and `PyInstance_New`, new-style `type_new` (best base,
//! C3 MRO, `__slots__`, `__module__`) and `type_call` (`__new__`, then `__init__`), with
//! CPython's messages. The object model is described in `objects/object.rs`.

use crate::error::{PyErr, PyResult};
use crate::objects::classobj::PyClass;
use crate::objects::instance::PyInstance;
use crate::objects::object::HeapPart;
use crate::objects::slot_member::PySlotMember;
use crate::objects::typeobject::PyType;
use crate::objects::{self, is, new_dict, new_str_from, none, ObjRef, Payload, PyObject};
use crate::runtime::Vm;

fn text(obj: &ObjRef) -> String {
    String::from_utf8_lossy(obj.as_str_bytes().unwrap_or(b"?")).into_owned()
}

impl Vm {
    /// `build_class`: the metaclass is `__metaclass__` in the class body, else the first
    /// base's `__class__`, else the module's `__metaclass__`, else `classobj`.
    pub fn build_class(
        &mut self,
        methods: &ObjRef,
        bases: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<ObjRef> {
        let meta_key = new_str_from("__metaclass__");
        let mut metaclass = match methods.as_dict() {
            Some(_) => self.dict_get(methods, &meta_key)?,
            None => None,
        };
        if metaclass.is_none() {
            if let Some(first) = bases.as_tuple().and_then(|b| b.first().cloned()) {
                metaclass = Some(match self.getattr(&first, &new_str_from("__class__")) {
                    Ok(m) => m,
                    Err(PyErr::Fault(f)) => return Err(PyErr::Fault(f)),
                    Err(_) => self.type_of(&first),
                });
            } else {
                if let Some(g) = self.innermost_globals() {
                    metaclass = self.dict_get(&g, &meta_key)?;
                }
                if metaclass.is_none() {
                    metaclass = Some(self.types.classobj.clone());
                }
            }
        }
        let metaclass = metaclass.unwrap_or_else(none);
        let args = [name.clone(), bases.clone(), methods.clone()];
        match self.call_object(&metaclass, &args, &[]) {
            Err(PyErr::Exception(mut e))
                if self.is_subclass(&e.exc_type, &self.types.exc.type_error) =>
            {
                if let Some(msg) = e.value.as_str_bytes() {
                    let mut augmented = b"Error when calling the metaclass bases\n    ".to_vec();
                    augmented.extend_from_slice(msg);
                    e.value = objects::new_str(augmented);
                }
                Err(PyErr::Exception(e))
            }
            other => other,
        }
    }

    /// The globals' `__name__`, which becomes a new class's `__module__`.
    fn current_module_name(&mut self) -> PyResult<Option<ObjRef>> {
        match self.innermost_globals() {
            Some(g) => self.dict_get(&g, &new_str_from("__name__")),
            None => Ok(None),
        }
    }

    /// Calling `classobj` (`class_new` / `PyClass_New`).
    pub(crate) fn new_old_style_class(
        &mut self,
        name: &ObjRef,
        bases: &ObjRef,
        dict: &ObjRef,
    ) -> PyResult<ObjRef> {
        if !matches!(name.payload, Payload::Str(_)) {
            return Err(self.type_error("PyClass_New: name must be a string"));
        }
        if dict.as_dict().is_none() {
            return Err(self.type_error("PyClass_New: dict must be a dictionary"));
        }
        let doc_key = new_str_from("__doc__");
        if self.dict_get(dict, &doc_key)?.is_none() {
            self.dict_set(dict, doc_key, none())?;
        }
        let mod_key = new_str_from("__module__");
        if self.dict_get(dict, &mod_key)?.is_none() {
            if let Some(m) = self.current_module_name()? {
                self.dict_set(dict, mod_key, m)?;
            }
        }
        let Some(items) = bases.as_tuple() else {
            return Err(self.type_error("PyClass_New: bases must be a tuple"));
        };
        for base in items.iter().cloned() {
            if !matches!(base.payload, Payload::Class(_)) {
                let meta = self.type_of(&base);
                if self.is_callable(&meta) {
                    let args = [name.clone(), bases.clone(), dict.clone()];
                    return self.call_object(&meta, &args, &[]);
                }
                return Err(self.type_error("PyClass_New: base must be a class"));
            }
        }
        Ok(PyObject::new(Payload::Class(PyClass {
            name: name.clone(),
            bases: bases.clone(),
            dict: dict.clone(),
        })))
    }

    /// Calling an old-style class (`PyInstance_New`): a new instance, then `__init__` if the
    /// class has one.
    pub(crate) fn new_old_style_instance(
        &mut self,
        class: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        let inst = PyObject::new(Payload::Instance(PyInstance {
            class: class.clone(),
            dict: new_dict(Default::default()),
            finalized: Default::default(),
        }));
        match self.instance_lookup(&inst, &new_str_from("__init__"))? {
            None => {
                if !args.is_empty() || !kw.is_empty() {
                    return Err(self.type_error("this constructor takes no arguments"));
                }
            }
            Some(init) => {
                let r = self.call_object(&init, args, kw)?;
                if !r.is_none() {
                    return Err(self.type_error("__init__() should return None"));
                }
            }
        }
        Ok(inst)
    }

    /// `type.__call__`: `type(x)`, `type(name, bases, dict)`, and instantiating a class:
    /// `__new__`, then `__init__` when the result is an instance of the class.
    pub(crate) fn type_call(
        &mut self,
        ty: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        if is(ty, &self.types.type_) && args.len() == 1 && kw.is_empty() {
            return Ok(self.type_of(&args[0]));
        }
        if is(ty, &self.types.type_) && args.len() != 3 {
            return Err(self.type_error("type() takes 1 or 3 arguments"));
        }
        let new = self
            .lookup_in_mro(ty, &new_str_from("__new__"))?
            .ok_or_else(|| self.type_error("cannot create instances"))?;
        let new = match &new.payload {
            Payload::StaticMethod(f) => f.clone(),
            _ => new,
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(ty.clone());
        full.extend_from_slice(args);
        let obj = self.call_object(&new, &full, kw)?;
        if !self.isinstance(&obj, ty) {
            return Ok(obj);
        }
        let obj_type = self.type_of(&obj);
        if let Some(init) = self.lookup_in_mro(&obj_type, &new_str_from("__init__"))? {
            let bound = self.descr_get(&init, Some(&obj), &obj_type)?;
            let r = self.call_object(&bound, args, kw)?;
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        }
        Ok(obj)
    }

    /// The built-in type whose `tp_new`/`tp_init` implement instances of `ty`: the first
    /// built-in type on its base chain.
    pub(crate) fn builtin_base(&self, ty: &ObjRef) -> ObjRef {
        let mut cur = ty.clone();
        loop {
            let next = match cur.as_type() {
                Some(t) if t.heap => t.base.clone(),
                _ => return cur,
            };
            match next {
                Some(b) => cur = b,
                None => return cur,
            }
        }
    }

    /// Which class defines `name` first on `ty`'s MRO (`tp_new`/`tp_init` inheritance).
    pub(crate) fn defining_class(&mut self, ty: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let key = new_str_from(name);
        let mro = ty
            .as_type()
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        for class in mro {
            let dict = match &class.payload {
                Payload::Type(t) => t.dict.clone(),
                Payload::Class(c) => c.dict.clone(),
                _ => continue,
            };
            if self.dict_get(&dict, &key)?.is_some() {
                return Ok(Some(class));
            }
        }
        Ok(None)
    }

    /// `tp_new_wrapper`'s checks of `T.__new__(S, ...)`: `S` must be a type derived from `T`
    /// whose built-in base is `T` or derives from it. Returns that built-in base.
    pub(crate) fn check_new_subtype(
        &mut self,
        builtin: &ObjRef,
        subtype: &ObjRef,
    ) -> PyResult<ObjRef> {
        let tname = builtin
            .as_type()
            .map(|t| t.tp_name().to_string())
            .unwrap_or_default();
        let Some(st) = subtype.as_type() else {
            return Err(self.type_error(format!(
                "{tname}.__new__(X): X is not a type object ({})",
                self.type_name(subtype)
            )));
        };
        if !self.is_subclass(subtype, builtin) {
            return Err(self.type_error(format!(
                "{tname}.__new__({}): {} is not a subtype of {tname}",
                st.tp_name(),
                st.tp_name()
            )));
        }
        let solid = self.builtin_base(subtype);
        let native_solid = solid.as_type().is_some_and(|t| t.native.is_some());
        let unsafe_base = if native_solid {
            // A native type with a layout of its own has a `tp_new` of its own; one
            // extending a built-in (`defaultdict`) has the built-in's.
            let own_layout = solid
                .as_type()
                .and_then(|t| t.base.as_ref())
                .is_some_and(|b| is(b, &self.types.object));
            !is(&solid, builtin) && own_layout
        } else {
            // The check compares `tp_new`s, and every exception type's is `BaseException_new`.
            let base_exception = self.types.exc.base_exception.clone();
            let tp_new_of = |vm: &mut Self, t: &ObjRef| {
                if vm.is_subclass(t, &base_exception) {
                    base_exception.clone()
                } else {
                    t.clone()
                }
            };
            let (solid_new, builtin_new) = (tp_new_of(self, &solid), tp_new_of(self, builtin));
            !is(&solid_new, &builtin_new)
        };
        if unsafe_base {
            let solid_name = solid.as_type().map(|t| t.tp_name()).unwrap_or("?");
            return Err(self.type_error(format!(
                "{tname}.__new__({}) is not safe, use {solid_name}.__new__()",
                st.tp_name(),
            )));
        }
        Ok(solid)
    }

    /// `T.__new__(S, ...)` for a built-in type `T`: an instance of `S` whose payload `T`
    /// makes. `object.__new__` refuses arguments as `object_new` does.
    pub(crate) fn builtin_new(
        &mut self,
        builtin: &ObjRef,
        subtype: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        let tname = builtin
            .as_type()
            .map(|t| t.short_name().to_string())
            .unwrap_or_default();
        let solid = self.check_new_subtype(builtin, subtype)?;
        if let Some(slots) = solid.as_type().and_then(|t| t.native) {
            let a = crate::objects::Args { pos: args, kw };
            return (slots.new.func)(self, Some(subtype), a);
        }
        if is(&solid, &self.types.object) {
            if !args.is_empty() || !kw.is_empty() {
                let new_is_object = self
                    .defining_class(subtype, "__new__")?
                    .is_some_and(|c| is(&c, &self.types.object));
                let init_is_object = self
                    .defining_class(subtype, "__init__")?
                    .is_some_and(|c| is(&c, &self.types.object));
                if !new_is_object || init_is_object {
                    return Err(self.type_error("object() takes no parameters"));
                }
            }
            return Ok(match HeapPart::for_class(subtype, None) {
                Some(h) => PyObject::with_class(Payload::Object, h),
                None => PyObject::new(Payload::Object),
            });
        }
        if self.is_subclass(&solid, &self.types.type_) {
            return match args {
                [name, bases, dict] => self.type_new(subtype, name, bases, dict),
                _ => Err(self.type_error("type() takes 1 or 3 arguments")),
            };
        }
        let value = if self.is_subclass(&solid, &self.types.exc.base_exception) {
            self.new_exception(&solid, Vec::new())
        } else if [&self.types.list, &self.types.dict, &self.types.set]
            .iter()
            .any(|t| is(t, &solid))
        {
            crate::builtins::constructors::construct(self, &solid, &[], &[])?
        } else {
            crate::builtins::constructors::construct(self, &solid, args, kw)?
        };
        let Some(h) = HeapPart::for_class(subtype, None) else {
            return Ok(value);
        };
        let payload = match rebox(&value) {
            Some(p) => p,
            None => {
                return Err(PyErr::unsupported(format!(
                    "subclassing the built-in type {tname}"
                )))
            }
        };
        let payload = match payload {
            Payload::Exception(mut e) => {
                e.class = subtype.clone();
                Payload::Exception(e)
            }
            p => p,
        };
        Ok(PyObject::with_class(payload, h))
    }

    /// `type_new`: a new-style class.
    pub(crate) fn type_new(
        &mut self,
        metatype: &ObjRef,
        name: &ObjRef,
        bases: &ObjRef,
        dict: &ObjRef,
    ) -> PyResult<ObjRef> {
        if !matches!(name.payload, Payload::Str(_)) {
            return Err(self.type_error(format!(
                "type() argument 1 must be string, not {}",
                self.type_name(name)
            )));
        }
        let Some(base_items) = bases.as_tuple().map(|b| b.to_vec()) else {
            return Err(self.type_error(format!(
                "type() argument 2 must be tuple, not {}",
                self.type_name(bases)
            )));
        };
        if dict.as_dict().is_none() {
            return Err(self.type_error(format!(
                "type() argument 3 must be dict, not {}",
                self.type_name(dict)
            )));
        }
        // The most derived metaclass of the bases wins.
        let mut winner = metatype.clone();
        for base in &base_items {
            let t = self.type_of(base);
            if is(&t, &self.types.classobj) || self.is_subclass(&winner, &t) {
                continue;
            }
            if self.is_subclass(&t, &winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        if !is(&winner, metatype) {
            if let Some(new) = self.lookup_in_mro(&winner, &new_str_from("__new__"))? {
                let builtin = match &new.payload {
                    Payload::StaticMethod(f) => matches!(f.payload, Payload::Builtin(_)),
                    p => matches!(p, Payload::Builtin(_)),
                };
                if !builtin {
                    return self.call_object(
                        &winner,
                        &[name.clone(), bases.clone(), dict.clone()],
                        &[],
                    );
                }
            }
        }
        let base_items = if base_items.is_empty() {
            vec![self.types.object.clone()]
        } else {
            base_items
        };
        let best = self.best_base(&base_items)?;
        // PyDict_Copy: a fresh dict filled in the source's slot order.
        let source = dict.clone();
        let dict = new_dict(Default::default());
        crate::builtins::dict_methods::merge(self, &dict, &source)?;
        let mod_key = new_str_from("__module__");
        if self.dict_get(&dict, &mod_key)?.is_none() {
            if let Some(m) = self.current_module_name()? {
                self.dict_set(&dict, mod_key.clone(), m)?;
            }
        }
        let new_key = new_str_from("__new__");
        if let Some(f) = self.dict_get(&dict, &new_key)? {
            if matches!(f.payload, Payload::Function(_)) {
                self.dict_set(&dict, new_key, PyObject::new(Payload::StaticMethod(f)))?;
            }
        }
        let base_has_dict = best.as_type().is_some_and(|t| t.instance_dict)
            || base_items
                .iter()
                .any(|b| b.as_type().is_some_and(|t| t.instance_dict));
        let slot_names = self.slot_names(&dict)?;
        let instance_dict = match &slot_names {
            None => true,
            Some(names) => {
                base_has_dict || names.iter().any(|n| n.as_str_bytes() == Some(b"__dict__"))
            }
        };
        let module = self.dict_get(&dict, &mod_key)?.and_then(|m| {
            m.as_str_bytes()
                .map(|b| String::from_utf8_lossy(b).into_owned())
        });
        let full_name = match module {
            Some(m) => format!("{m}.{}", text(name)),
            None => text(name),
        };
        let ty = PyType {
            name: full_name,
            base: Some(best),
            bases: base_items.clone(),
            mro: Default::default(),
            dict: dict.clone(),
            heap: true,
            instance_dict,
            native: None,
        };
        let class =
            if is(metatype, &self.types.type_) || !metatype.as_type().is_some_and(|t| t.heap) {
                PyObject::new(Payload::Type(ty))
            } else {
                PyObject::with_class(
                    Payload::Type(ty),
                    HeapPart {
                        class: metatype.clone(),
                        dict: None,
                        slots: None,
                        finalized: Default::default(),
                        native: None,
                    },
                )
            };
        let mro = self.c3_mro(&class, &base_items)?;
        if let Some(t) = class.as_type() {
            *t.mro.borrow_mut() = mro;
        }
        // With `__slots__`, a weak-reference slot only when it names `__weakref__`.
        let weakref_slot = slot_names.as_ref().map(|names| {
            names
                .iter()
                .any(|n| n.as_str_bytes() == Some(b"__weakref__"))
        });
        for slot in slot_names.unwrap_or_default() {
            if matches!(slot.as_str_bytes(), Some(b"__dict__" | b"__weakref__")) {
                continue;
            }
            let member = PyObject::new(Payload::SlotMember(PySlotMember {
                name: slot.clone(),
                owner: class.clone(),
                field: None,
            }));
            self.dict_set(&dict, slot, member)?;
        }
        // PyType_Ready's add_getset: `__dict__` when instances gain a dict their base lacks,
        // `__weakref__` when the base has no weak-reference slot.
        let (add_dict, add_weakref) =
            self.added_getsets(&class, &base_items, instance_dict, weakref_slot);
        for (wanted, name) in [(add_dict, "__dict__"), (add_weakref, "__weakref__")] {
            if wanted {
                let descr = PyObject::new(Payload::GetSet(crate::objects::getset::PyGetSet {
                    name: new_str_from(name),
                    owner: class.clone(),
                    member: false,
                }));
                self.dict_set(&dict, new_str_from(name), descr)?;
            }
        }
        // PyType_Ready: a class without a docstring gets `__doc__ = None`.
        let doc_key = new_str_from("__doc__");
        if self.dict_get(&dict, &doc_key)?.is_none() {
            self.dict_set(&dict, doc_key, none())?;
        }
        Ok(class)
    }

    /// Whether `type_new` adds `__dict__` and `__weakref__` getsets: only when the solid
    /// base does not already provide them (a Python-defined base that has them, `BaseException`
    /// and `type` with a dict; `type`, `set`, `frozenset` and `file` with a weak-reference
    /// slot; variable-size built-ins — str, tuple, long — take none), and, when the class
    /// has `__slots__` (`weakref_slot` is Some), a weak-reference slot only if they name it.
    fn added_getsets(
        &self,
        class: &ObjRef,
        bases: &[ObjRef],
        instance_dict: bool,
        weakref_slot: Option<bool>,
    ) -> (bool, bool) {
        let Some(base) = class.as_type().and_then(|t| t.base.clone()) else {
            return (false, false);
        };
        let solid = self.builtin_base(&base);
        let t = &self.types;
        let heap_base_dict = bases
            .iter()
            .any(|b| b.as_type().is_some_and(|t| t.heap && t.instance_dict));
        let base_has_dict = heap_base_dict
            || self.is_subclass(&solid, &t.exc.base_exception)
            || is(&solid, &t.type_);
        let variable_size = [&t.str_, &t.tuple, &t.long, &t.unicode]
            .iter()
            .any(|v| self.is_subclass(&solid, v));
        let builtin_weak = [&t.type_, &t.set, &t.frozenset, &t.file]
            .iter()
            .any(|v| self.is_subclass(&solid, v));
        let may_add_weak = !variable_size && !builtin_weak && !has_weakref_getset(&base);
        let add_weak = may_add_weak && weakref_slot.unwrap_or(true);
        (instance_dict && !base_has_dict, add_weak)
    }

    /// The names `__slots__` declares (a string or an iterable of strings), checked as
    /// identifiers.
    fn slot_names(&mut self, dict: &ObjRef) -> PyResult<Option<Vec<ObjRef>>> {
        let Some(slots) = self.dict_get(dict, &new_str_from("__slots__"))? else {
            return Ok(None);
        };
        let names = if matches!(slots.payload, Payload::Str(_) | Payload::Unicode(_)) {
            vec![slots]
        } else {
            self.collect_iterable(&slots)?
        };
        for n in &names {
            let Some(bytes) = n.as_str_bytes() else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(n)
                )));
            };
            let ident = !bytes.is_empty()
                && !bytes[0].is_ascii_digit()
                && bytes
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'_');
            if !ident {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
        }
        Ok(Some(names))
    }

    /// `best_base`: the base whose built-in layout the new class extends.
    fn best_base(&mut self, bases: &[ObjRef]) -> PyResult<ObjRef> {
        let mut winner: Option<ObjRef> = None;
        let mut base: Option<ObjRef> = None;
        for b in bases {
            if matches!(b.payload, Payload::Class(_)) {
                continue;
            }
            let Some(bt) = b.as_type() else {
                return Err(self.type_error("bases must be types"));
            };
            if !bt.heap && !self.subclassable(b) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    bt.tp_name()
                )));
            }
            let candidate = self.solid_base(b);
            match &winner {
                None => {
                    winner = Some(candidate);
                    base = Some(b.clone());
                }
                Some(w) if self.is_subclass(w, &candidate) => {}
                Some(w) if self.is_subclass(&candidate, w) => {
                    winner = Some(candidate);
                    base = Some(b.clone());
                }
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"))
                }
            }
        }
        base.ok_or_else(|| self.type_error("a new-style class can't have only classic bases"))
    }

    /// `solid_base`: the built-in type that fixes the instance layout.
    fn solid_base(&self, ty: &ObjRef) -> ObjRef {
        let b = self.builtin_base(ty);
        if self.is_subclass(&b, &self.types.exc.base_exception) {
            return self.types.exc.base_exception.clone();
        }
        if is(&b, &self.types.bool_) {
            return self.types.int.clone();
        }
        b
    }

    /// Built-in types a class may derive from (`Py_TPFLAGS_BASETYPE`).
    fn subclassable(&self, ty: &ObjRef) -> bool {
        let t = &self.types;
        if self.is_subclass(ty, &t.exc.base_exception) {
            return true;
        }
        if let Some(native) = ty.as_type().and_then(|t| t.native) {
            return native.base_type;
        }
        [
            &t.object,
            &t.type_,
            &t.int,
            &t.long,
            &t.float,
            &t.complex,
            &t.basestring,
            &t.str_,
            &t.unicode,
            &t.tuple,
            &t.list,
            &t.dict,
            &t.set,
            &t.frozenset,
            &t.property,
            &t.staticmethod,
            &t.classmethod,
            &t.super_,
            &t.file,
            &t.enumerate,
        ]
        .iter()
        .any(|c| is(c, ty))
    }

    /// `mro_implementation`: C3 linearization, with CPython's duplicate-base and
    /// inconsistency errors. An old-style base contributes its depth-first order.
    fn c3_mro(&mut self, class: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        for (i, b) in bases.iter().enumerate() {
            if bases[i + 1..].iter().any(|o| is(o, b)) {
                let name = self.class_name(b);
                return Err(self.type_error(format!("duplicate base class {name}")));
            }
        }
        let mut to_merge: Vec<Vec<ObjRef>> = Vec::new();
        for b in bases {
            to_merge.push(match &b.payload {
                Payload::Type(t) => t.mro.borrow().clone(),
                _ => classic_mro(b),
            });
        }
        to_merge.push(bases.to_vec());
        let mut result = vec![class.clone()];
        let mut remain = vec![0usize; to_merge.len()];
        loop {
            let mut empty = 0;
            let mut progressed = false;
            for i in 0..to_merge.len() {
                if remain[i] >= to_merge[i].len() {
                    empty += 1;
                    continue;
                }
                let candidate = to_merge[i][remain[i]].clone();
                let in_tail = to_merge
                    .iter()
                    .zip(&remain)
                    .any(|(l, &r)| l.iter().skip(r + 1).any(|c| is(c, &candidate)));
                if in_tail {
                    continue;
                }
                result.push(candidate.clone());
                for (l, r) in to_merge.iter().zip(remain.iter_mut()) {
                    if *r < l.len() && is(&l[*r], &candidate) {
                        *r += 1;
                    }
                }
                progressed = true;
                break;
            }
            if empty == to_merge.len() {
                return Ok(result);
            }
            if !progressed {
                let mut names: Vec<String> = Vec::new();
                let mut seen: Vec<ObjRef> = Vec::new();
                for (l, &r) in to_merge.iter().zip(&remain) {
                    if let Some(c) = l.get(r) {
                        if !seen.iter().any(|s| is(s, c)) {
                            seen.push(c.clone());
                            names.push(self.class_name(c));
                        }
                    }
                }
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }

    /// `__name__` of a new- or old-style class.
    pub(crate) fn class_name(&self, class: &ObjRef) -> String {
        match &class.payload {
            Payload::Type(t) => t.short_name().to_string(),
            Payload::Class(c) => text(&c.name),
            _ => "?".to_string(),
        }
    }

    /// `PyCallable_Check` (`callable(x)`): functions, methods, types, classes, native
    /// callables, and instances whose class has `__call__`.
    pub(crate) fn is_callable(&mut self, obj: &ObjRef) -> bool {
        match &obj.payload {
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::MethodDescr(..)
            | Payload::WrapperDescr(..)
            | Payload::Method(_)
            | Payload::Type(_)
            | Payload::Class(_) => true,
            Payload::Native(n) => n.data.call_slot(),
            Payload::Instance(_) => self
                .instance_lookup(obj, &new_str_from("__call__"))
                .ok()
                .flatten()
                .is_some(),
            _ => {
                let ty = self.type_of(obj);
                self.lookup_in_mro(&ty, &new_str_from("__call__"))
                    .ok()
                    .flatten()
                    .is_some()
            }
        }
    }
}

/// An old-style class's depth-first, left-to-right order of classes. A class met again is
/// not walked again: its first visit already listed everything below it (so a lattice of
/// diamonds costs linear time, not exponential).
pub(crate) fn classic_mro(class: &ObjRef) -> Vec<ObjRef> {
    let mut out: Vec<ObjRef> = Vec::new();
    fn walk(c: &ObjRef, out: &mut Vec<ObjRef>, depth: usize) {
        if depth > 500 || out.iter().any(|o| is(o, c)) {
            return;
        }
        out.push(c.clone());
        if let Payload::Class(pc) = &c.payload {
            for b in pc.bases.as_tuple().unwrap_or(&[]) {
                walk(b, out, depth + 1);
            }
        }
    }
    walk(class, &mut out, 0);
    out
}

/// The payload of a freshly made built-in value, moved (or copied) into an instance of a
/// subclass. None for types that cannot be re-homed this way.
fn rebox(value: &ObjRef) -> Option<Payload> {
    use std::cell::RefCell;
    Some(match &value.payload {
        Payload::Bool(v) => Payload::Int(*v as i64),
        Payload::Int(v) => Payload::Int(*v),
        Payload::Long(v) => Payload::Long(v.clone()),
        Payload::Float(v) => Payload::Float(*v),
        Payload::Complex(c) => Payload::Complex(objects::complex::Complex {
            real: c.real,
            imag: c.imag,
        }),
        Payload::Str(s) => Payload::Str(objects::str::PyStr::new(s.as_bytes().to_vec())),
        Payload::Unicode(u) => {
            Payload::Unicode(objects::unicode::PyUnicode::new(u.chars().to_vec()))
        }
        Payload::Tuple(items) => Payload::Tuple(items.clone()),
        Payload::List(items) => Payload::List(RefCell::new(items.borrow().clone())),
        Payload::Dict(d) => Payload::Dict(RefCell::new(d.borrow().clone())),
        Payload::Set(s) => Payload::Set(RefCell::new(s.borrow().clone())),
        Payload::FrozenSet(s) => Payload::FrozenSet(s.clone()),
        Payload::Exception(e) => Payload::Exception(objects::PyBaseException {
            class: e.class.clone(),
            args: RefCell::new(e.args.borrow().clone()),
            message: RefCell::new(e.message.borrow().clone()),
            environment: e
                .environment
                .as_ref()
                .map(|f| objects::exception::EnvironmentFields {
                    errno: f.errno.clone(),
                    strerror: f.strerror.clone(),
                    filename: f.filename.clone(),
                }),
            codec_position: RefCell::new(e.codec_position.borrow().clone()),
        }),
        _ => return None,
    })
}

/// Whether a Python-defined class or one of its solid bases added a `__weakref__` getset.
fn has_weakref_getset(class: &ObjRef) -> bool {
    let mut current = Some(class.clone());
    while let Some(c) = current {
        let Some(t) = c.as_type() else { return false };
        if !t.heap {
            return false;
        }
        let found = t.dict.as_dict().is_some_and(|d| {
            d.borrow().entries().any(|(k, v)| {
                k.as_str_bytes() == Some(b"__weakref__") && matches!(v.payload, Payload::GetSet(_))
            })
        });
        if found {
            return true;
        }
        current = t.base.clone();
    }
    false
}
