//! Attribute access for classes and their instances: descriptors (`tp_descr_get`/`set` of
//! functions, `staticmethod`, `classmethod`, `property`, `__slots__` members and Python
//! classes defining `__get__`/`__set__`), `PyObject_GenericGetAttr`/`SetAttr` with the
//! `__getattribute__`/`__getattr__`/`__setattr__`/`__delattr__` hooks, `type_getattro`, and
//! the old-style class and instance lookups of Objects/classobject.c, with their messages.

use crate::error::{PyErr, PyResult};
use crate::objects::getset::PyGetSet;
use crate::objects::method::PyMethod;
use crate::objects::{
    self, is, new_str_from, new_tuple, none, BuiltinFunction, ObjRef, Payload, PyObject,
};
use crate::protocols::classes::classic_mro;
use crate::runtime::Vm;

fn text(obj: &ObjRef) -> String {
    String::from_utf8_lossy(obj.as_str_bytes().unwrap_or(b"?")).into_owned()
}

pub(crate) fn new_method(func: ObjRef, self_obj: Option<ObjRef>, class: Option<ObjRef>) -> ObjRef {
    PyObject::new(Payload::Method(PyMethod {
        func,
        self_obj,
        class,
    }))
}

impl Vm {
    /// `tp_descr_get`: what a class attribute becomes when read through `obj` (None when read
    /// through the class `owner` itself).
    pub(crate) fn descr_get(
        &mut self,
        descr: &ObjRef,
        obj: Option<&ObjRef>,
        owner: &ObjRef,
    ) -> PyResult<ObjRef> {
        match &descr.payload {
            Payload::Function(_) => {
                Ok(new_method(descr.clone(), obj.cloned(), Some(owner.clone())))
            }
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::ClassMethod(f) => {
                let meta = self.type_of(owner);
                Ok(new_method(f.clone(), Some(owner.clone()), Some(meta)))
            }
            Payload::Property(p) => match obj {
                None => Ok(descr.clone()),
                Some(o) => match &p.fget {
                    Some(fget) => {
                        let fget = fget.clone();
                        self.call_object(&fget, std::slice::from_ref(o), &[])
                    }
                    None => Err(self.attribute_error("unreadable attribute")),
                },
            },
            // `classmethod_descriptor`: binds the class it is read through.
            Payload::MethodDescr(def, _) if crate::builtins::is_class_method(def) => {
                Ok(PyObject::new(Payload::Builtin(BuiltinFunction {
                    def,
                    self_obj: Some(owner.clone()),
                })))
            }
            Payload::MethodDescr(def, _) | Payload::WrapperDescr(def, _) => Ok(match obj {
                Some(o) => PyObject::new(Payload::Builtin(BuiltinFunction {
                    def,
                    self_obj: Some(o.clone()),
                })),
                None => descr.clone(),
            }),
            Payload::SlotMember(m) => match obj {
                None => Ok(descr.clone()),
                Some(o) if m.field.is_some() => match &o.payload {
                    Payload::StructSeq(s) => Ok(m
                        .field
                        .and_then(|i| s.items.get(i).cloned())
                        .unwrap_or_else(none)),
                    _ => Err(self.type_error("descriptor for a different type")),
                },
                Some(o) => {
                    let slots = o.heap.as_ref().and_then(|h| h.slots.clone());
                    let found = match &slots {
                        Some(s) => self.dict_get(s, &m.name)?,
                        None => None,
                    };
                    found.ok_or_else(|| {
                        self.err_obj(&self.types.exc.attribute_error, m.name.clone())
                    })
                }
            },
            Payload::GetSet(g) => match obj {
                None => Ok(descr.clone()),
                Some(o) if !g.owner.as_type().is_some_and(|t| t.heap) => self.native_get(g, o),
                Some(o) if g.name.as_str_bytes() == Some(b"__dict__") => {
                    o.instance_dict().cloned().ok_or_else(|| {
                        self.attribute_error(format!(
                            "'{}' object has no attribute '__dict__'",
                            self.type_name(o)
                        ))
                    })
                }
                Some(_) => Ok(none()),
            },
            _ if descr.heap.is_some() => match self.user_special(descr, "__get__")? {
                Some(get) => {
                    let o = obj.cloned().unwrap_or_else(none);
                    self.call_object(&get, &[o, owner.clone()], &[])
                }
                None => Ok(descr.clone()),
            },
            _ => Ok(descr.clone()),
        }
    }

    /// A built-in type's getset or member read on `obj`: the attribute the VM implements for
    /// that payload.
    fn native_get(&mut self, g: &PyGetSet, obj: &ObjRef) -> PyResult<ObjRef> {
        let attr = g.name.as_str_bytes().unwrap_or(b"").to_vec();
        if !self.isinstance(obj, &g.owner) {
            return Err(self.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
                String::from_utf8_lossy(&attr),
                g.owner.as_type().map(|t| t.tp_name()).unwrap_or("?"),
                self.type_name(obj)
            )));
        }
        let found = match &attr[..] {
            b"__class__" => Some(self.type_of(obj)),
            b"__doc__" if obj.as_type().is_some_and(|t| !t.heap) => {
                let dict = obj.as_type().map(|t| t.dict.clone());
                match dict {
                    Some(d) => self.dict_get(&d, &g.name)?,
                    None => None,
                }
            }
            _ if obj.as_type().is_some() => self.type_member(obj, &attr)?,
            b"__dict__" => obj.instance_dict().cloned(),
            _ => self.builtin_member(obj, &attr)?,
        };
        found.ok_or_else(|| {
            PyErr::unsupported(format!(
                "the attribute {}.{}",
                g.owner.as_type().map(|t| t.tp_name()).unwrap_or("?"),
                String::from_utf8_lossy(&attr)
            ))
        })
    }

    /// A data descriptor takes precedence over the instance `__dict__`.
    fn is_data_descr(&mut self, descr: &ObjRef) -> PyResult<bool> {
        Ok(match &descr.payload {
            Payload::Property(_) | Payload::SlotMember(_) | Payload::GetSet(_) => true,
            _ if descr.heap.is_some() => self.class_defines(descr, "__set__")?,
            _ => false,
        })
    }

    /// Does a Python-defined class on `obj`'s type's MRO define `name`?
    fn class_defines(&mut self, obj: &ObjRef, name: &str) -> PyResult<bool> {
        Ok(self.heap_lookup(obj, name)?.is_some())
    }

    /// `name` in the dicts of the Python-defined classes on `obj`'s type's MRO (built-in
    /// types implement their special methods natively, see `protocols::slots`).
    pub(crate) fn heap_lookup(&mut self, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let Some(heap) = &obj.heap else {
            return Ok(None);
        };
        let ty = heap.class.clone();
        self.heap_lookup_in_type(&ty, name)
    }

    pub(crate) fn heap_lookup_in_type(
        &mut self,
        ty: &ObjRef,
        name: &str,
    ) -> PyResult<Option<ObjRef>> {
        let key = new_str_from(name);
        let mro = ty
            .as_type()
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        for class in mro {
            let dict = match &class.payload {
                Payload::Type(t) if t.heap => t.dict.clone(),
                Payload::Class(c) => c.dict.clone(),
                _ => continue,
            };
            if let Some(v) = self.dict_get(&dict, &key)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// The special method `name` of `obj`, bound, when `obj`'s class defines it in Python
    /// (for an old-style instance: any attribute of that name, as `instance_getattr` finds).
    pub(crate) fn user_special(&mut self, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        if let Payload::Instance(_) = &obj.payload {
            return match self.instance_getattr(obj, &new_str_from(name)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.exception_matches(&e, &self.types.exc.attribute_error) => Ok(None),
                Err(e) => Err(e),
            };
        }
        match self.heap_lookup(obj, name)? {
            Some(f) => {
                let ty = self.type_of(obj);
                Ok(Some(self.descr_get(&f, Some(obj), &ty)?))
            }
            None => Ok(None),
        }
    }

    /// Calls `obj.name(*args)` when the class defines it in Python; None when it does not.
    pub(crate) fn call_special(
        &mut self,
        obj: &ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        match self.user_special(obj, name)? {
            Some(m) => Ok(Some(self.call_object(&m, args, &[])?)),
            None => Ok(None),
        }
    }

    /// `o.name` for the objects this module owns; None for the others.
    pub(crate) fn class_model_getattr(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        Ok(Some(match &obj.payload {
            Payload::Instance(_) => self.instance_getattr(obj, name)?,
            Payload::Class(_) => self.class_getattr(obj, name)?,
            Payload::Super(_) => self.super_getattr(obj, name)?,
            Payload::Type(_) => self.type_getattr(obj, name)?,
            _ if obj.heap.is_some() => self.heap_getattr(obj, name)?,
            _ => return Ok(None),
        }))
    }

    /// `slot_tp_getattr_hook`: `__getattribute__` (or the generic lookup), then `__getattr__`
    /// when that raised AttributeError.
    fn heap_getattr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
        let result = match self.user_special(obj, "__getattribute__")? {
            Some(ga) => self.call_object(&ga, std::slice::from_ref(name), &[]),
            None => self.generic_getattr(obj, name),
        };
        match result {
            Err(e) if self.exception_matches(&e, &self.types.exc.attribute_error) => {
                match self.user_special(obj, "__getattr__")? {
                    Some(hook) => self.call_object(&hook, std::slice::from_ref(name), &[]),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    /// `PyObject_GenericGetAttr`.
    pub(crate) fn generic_getattr(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
        let ty = self.type_of(obj);
        let descr = self.lookup_in_mro(&ty, name)?;
        if let Some(d) = &descr {
            if self.is_data_descr(d)? {
                return self.descr_get(d, Some(obj), &ty);
            }
        }
        let attr = name.as_str_bytes().unwrap_or(b"").to_vec();
        match &attr[..] {
            b"__class__" => return Ok(ty),
            b"__dict__" => {
                if let Some(d) = obj.instance_dict() {
                    return Ok(d.clone());
                }
            }
            _ => {}
        }
        if let Some(v) = self.builtin_member(obj, &attr)? {
            return Ok(v);
        }
        if let Some(dict) = obj.instance_dict().cloned() {
            if let Some(v) = self.dict_get(&dict, name)? {
                return Ok(v);
            }
        }
        if let Some(d) = descr {
            return self.descr_get(&d, Some(obj), &ty);
        }
        Err(self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            String::from_utf8_lossy(&attr)
        )))
    }

    /// `type_getattro`: the metatype's data descriptors, the class's own attributes, its MRO
    /// (unbound), then the metatype's other attributes (bound to the class).
    fn type_getattr(&mut self, ty: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
        let meta = self.type_of(ty);
        let meta_is_heap = meta.as_type().is_some_and(|m| m.heap);
        // `type`'s own attributes (`__call__`, `mro`) come last, after the class's MRO.
        let meta_attr = self.lookup_in_mro(&meta, name)?;
        if let Some(m) = meta_attr.as_ref().filter(|_| meta_is_heap) {
            if self.is_data_descr(m)? {
                return self.descr_get(m, Some(ty), &meta);
            }
        }
        let attr = name.as_str_bytes().unwrap_or(b"").to_vec();
        if let Some(v) = self.type_member(ty, &attr)? {
            return Ok(v);
        }
        if let Some(found) = self.lookup_in_mro(ty, name)? {
            return self.descr_get(&found, None, ty);
        }
        if let Some(m) = meta_attr {
            return self.descr_get(&m, Some(ty), &meta);
        }
        let tname = ty
            .as_type()
            .map(|t| t.short_name().to_string())
            .unwrap_or_default();
        Err(self.attribute_error(format!(
            "type object '{tname}' has no attribute '{}'",
            String::from_utf8_lossy(&attr)
        )))
    }

    /// The attributes `type` defines for every class.
    fn type_member(&mut self, ty: &ObjRef, attr: &[u8]) -> PyResult<Option<ObjRef>> {
        let Some(t) = ty.as_type() else {
            return Ok(None);
        };
        let s = objects::new_str_from;
        Ok(match attr {
            b"__name__" => Some(s(t.short_name())),
            b"__module__" if t.heap => {
                let dict = t.dict.clone();
                Some(self.dict_get(&dict, &s("__module__"))?.unwrap_or_else(none))
            }
            b"__module__" => Some(s(t.module_name())),
            b"__doc__" if t.heap => {
                let dict = t.dict.clone();
                Some(self.dict_get(&dict, &s("__doc__"))?.unwrap_or_else(none))
            }
            b"__bases__" => Some(new_tuple(t.bases.clone())),
            b"__base__" => Some(t.base.clone().unwrap_or_else(none)),
            b"__mro__" => Some(new_tuple(t.mro.borrow().clone())),
            b"__dict__" => Some(PyObject::new(Payload::DictProxy(t.dict.clone()))),
            b"__class__" => Some(self.type_of(ty)),
            _ => None,
        })
    }

    // ----- old-style classes and instances -----------------------------------------------

    /// `class_lookup`: the class's dict, then its bases depth-first.
    pub(crate) fn class_lookup(
        &mut self,
        class: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        for c in classic_mro(class) {
            if let Payload::Class(pc) = &c.payload {
                let dict = pc.dict.clone();
                if let Some(v) = self.dict_get(&dict, name)? {
                    return Ok(Some(v));
                }
            }
        }
        Ok(None)
    }

    /// `class_getattr`.
    fn class_getattr(&mut self, class: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
        let Payload::Class(pc) = &class.payload else {
            return Err(self.system_error("bad internal call"));
        };
        match name.as_str_bytes().unwrap_or(b"") {
            b"__dict__" => return Ok(pc.dict.clone()),
            b"__bases__" => return Ok(pc.bases.clone()),
            b"__name__" => return Ok(pc.name.clone()),
            b"__class__" => return Ok(self.types.classobj.clone()),
            _ => {}
        }
        match self.class_lookup(class, name)? {
            Some(v) => self.descr_get(&v, None, class),
            None => Err(self.attribute_error(format!(
                "class {} has no attribute '{}'",
                text(&pc.name),
                text(name)
            ))),
        }
    }

    /// `instance_getattr`: the instance dict, the class (functions bound), then the class's
    /// `__getattr__`.
    pub(crate) fn instance_getattr(&mut self, inst: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
        if let Some(v) = self.instance_lookup(inst, name)? {
            return Ok(v);
        }
        let Payload::Instance(pi) = &inst.payload else {
            return Err(self.system_error("bad internal call"));
        };
        let class = pi.class.clone();
        if let Some(hook) = self.class_lookup(&class, &new_str_from("__getattr__"))? {
            let hook = self.descr_get(&hook, Some(inst), &class)?;
            return self.call_object(&hook, std::slice::from_ref(name), &[]);
        }
        Err(self.attribute_error(format!(
            "{} instance has no attribute '{}'",
            self.class_name(&class),
            text(name)
        )))
    }

    /// `instance_getattr2`: the lookup without `__getattr__`; None when not found.
    pub(crate) fn instance_lookup(
        &mut self,
        inst: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        let Payload::Instance(pi) = &inst.payload else {
            return Ok(None);
        };
        match name.as_str_bytes().unwrap_or(b"") {
            b"__dict__" => return Ok(Some(pi.dict.clone())),
            b"__class__" => return Ok(Some(pi.class.clone())),
            _ => {}
        }
        let (dict, class) = (pi.dict.clone(), pi.class.clone());
        if let Some(v) = self.dict_get(&dict, name)? {
            return Ok(Some(v));
        }
        match self.class_lookup(&class, name)? {
            Some(v) => Ok(Some(self.descr_get(&v, Some(inst), &class)?)),
            None => Ok(None),
        }
    }

    // ----- super ----------------------------------------------------------------------------

    /// `super_getattro`: the MRO of the object's type, after `__thisclass__`.
    fn super_getattr(&mut self, sup: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
        let Payload::Super(s) = &sup.payload else {
            return Err(self.system_error("bad internal call"));
        };
        let attr = name.as_str_bytes().unwrap_or(b"").to_vec();
        if let (Some(start), false) = (&s.obj_type, attr == b"__class__") {
            let mro = start
                .as_type()
                .map(|t| t.mro.borrow().clone())
                .unwrap_or_default();
            let from = mro
                .iter()
                .position(|c| is(c, &s.this_class))
                .map(|i| i + 1)
                .unwrap_or(mro.len());
            for class in &mro[from..] {
                let dict = match &class.payload {
                    Payload::Type(t) => t.dict.clone(),
                    Payload::Class(c) => c.dict.clone(),
                    _ => continue,
                };
                if let Some(found) = self.dict_get(&dict, name)? {
                    let obj = s.obj.clone().filter(|o| !is(o, start));
                    let start = start.clone();
                    return self.descr_get(&found, obj.as_ref(), &start);
                }
            }
        }
        match &attr[..] {
            b"__thisclass__" => Ok(s.this_class.clone()),
            b"__self__" => Ok(s.obj.clone().unwrap_or_else(none)),
            b"__self_class__" => Ok(s.obj_type.clone().unwrap_or_else(none)),
            b"__class__" => Ok(self.types.super_.clone()),
            _ => Err(self.attribute_error(format!(
                "'super' object has no attribute '{}'",
                String::from_utf8_lossy(&attr)
            ))),
        }
    }

    // ----- setting and deleting -------------------------------------------------------------

    /// `o.name = value` / `del o.name` for the objects this module owns; false for others.
    pub(crate) fn class_model_setattr(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
        value: &Option<ObjRef>,
    ) -> PyResult<bool> {
        match &obj.payload {
            Payload::Instance(_) => self.instance_setattr(obj, name, value.clone())?,
            Payload::Class(pc) => {
                let dict = pc.dict.clone();
                let cname = text(&pc.name);
                self.dict_store(&dict, name, value.clone(), |vm| {
                    vm.attribute_error(format!("class {cname} has no attribute '{}'", text(name)))
                })?
            }
            Payload::Type(t) if t.heap => {
                let dict = t.dict.clone();
                self.dict_store(&dict, name, value.clone(), |vm| {
                    vm.err_obj(&vm.types.exc.attribute_error, name.clone())
                })?
            }
            _ if obj.heap.is_some() => {
                let hook = if value.is_some() {
                    "__setattr__"
                } else {
                    "__delattr__"
                };
                match self.user_special(obj, hook)? {
                    Some(f) => {
                        let mut args = vec![name.clone()];
                        args.extend(value.clone());
                        self.call_object(&f, &args, &[])?;
                    }
                    None => self.generic_setattr(obj, name, value.clone())?,
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// A store into (or deletion from) an attribute dict; a missing name on deletion raises
    /// the error `missing` makes.
    fn dict_store(
        &mut self,
        dict: &ObjRef,
        name: &ObjRef,
        value: Option<ObjRef>,
        missing: impl FnOnce(&Vm) -> crate::error::PyErr,
    ) -> PyResult<()> {
        match value {
            Some(v) => self.dict_set(dict, name.clone(), v),
            None => {
                if self.dict_del(dict, name)? {
                    Ok(())
                } else {
                    Err(missing(self))
                }
            }
        }
    }

    /// `instance_setattr`: the class's `__setattr__`/`__delattr__`, else the instance dict.
    fn instance_setattr(
        &mut self,
        inst: &ObjRef,
        name: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let Payload::Instance(pi) = &inst.payload else {
            return Err(self.system_error("bad internal call"));
        };
        let (dict, class) = (pi.dict.clone(), pi.class.clone());
        let hook_name = if value.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        if let Some(hook) = self.class_lookup(&class, &new_str_from(hook_name))? {
            let hook = self.descr_get(&hook, Some(inst), &class)?;
            let mut args = vec![name.clone()];
            args.extend(value);
            self.call_object(&hook, &args, &[])?;
            return Ok(());
        }
        let cname = self.class_name(&class);
        self.dict_store(&dict, name, value, |vm| {
            vm.attribute_error(format!(
                "{cname} instance has no attribute '{}'",
                text(name)
            ))
        })
    }

    /// `PyObject_GenericSetAttr`: data descriptors, then the instance dict.
    pub(crate) fn generic_setattr(
        &mut self,
        obj: &ObjRef,
        name: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        let ty = self.type_of(obj);
        let descr = self.lookup_in_mro(&ty, name)?;
        if let Some(d) = &descr {
            if self.is_data_descr(d)? {
                return self.descr_set(d, obj, value);
            }
        }
        if let Payload::Exception(e) = &obj.payload {
            match (name.as_str_bytes(), &value) {
                (Some(b"args"), Some(v)) => {
                    *e.args.borrow_mut() = new_tuple(self.collect_iterable(v)?);
                    return Ok(());
                }
                (Some(b"message"), Some(v)) => {
                    *e.message.borrow_mut() = v.clone();
                    return Ok(());
                }
                _ => {}
            }
        }
        if let Some(attr) = name.as_str_bytes() {
            if let Some(r) = obj
                .native()
                .and_then(|n| n.set_member(self, attr, value.clone()))
            {
                return r;
            }
        }
        let tname = self.type_name(obj);
        match obj.instance_dict().cloned() {
            Some(dict) => self.dict_store(&dict, name, value, |vm| {
                vm.err_obj(&vm.types.exc.attribute_error, name.clone())
            }),
            None if descr.is_some() => Err(self.attribute_error(format!(
                "'{tname}' object attribute '{}' is read-only",
                text(name)
            ))),
            None => Err(self.attribute_error(format!(
                "'{tname}' object has no attribute '{}'",
                text(name)
            ))),
        }
    }

    /// `tp_descr_set` of a data descriptor.
    pub(crate) fn descr_set(
        &mut self,
        descr: &ObjRef,
        obj: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<()> {
        match &descr.payload {
            Payload::Property(p) => {
                let (func, msg) = match &value {
                    Some(_) => (p.fset.clone(), "can't set attribute"),
                    None => (p.fdel.clone(), "can't delete attribute"),
                };
                let Some(func) = func else {
                    return Err(self.attribute_error(msg));
                };
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call_object(&func, &args, &[])?;
                Ok(())
            }
            Payload::GetSet(g) => Err(self.attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                text(&g.name),
                g.owner.as_type().map(|t| t.tp_name()).unwrap_or("?")
            ))),
            Payload::SlotMember(m) if m.field.is_some() => {
                Err(self.type_error("readonly attribute"))
            }
            Payload::SlotMember(m) => {
                let Some(slots) = obj.heap.as_ref().and_then(|h| h.slots.clone()) else {
                    return Err(self.type_error("descriptor for a different type"));
                };
                let name = m.name.clone();
                let missing = self.err_obj(&self.types.exc.attribute_error, name.clone());
                match value {
                    Some(v) => self.dict_set(&slots, name, v),
                    None => match self.dict_del(&slots, &name)? {
                        true => Ok(()),
                        false => Err(missing),
                    },
                }
            }
            _ => {
                let hook = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                match self.user_special(descr, hook)? {
                    Some(f) => {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        self.call_object(&f, &args, &[])?;
                        Ok(())
                    }
                    None => Err(self.attribute_error(hook)),
                }
            }
        }
    }

    /// The error `super(type, obj)` and unbound methods report: what the argument is.
    pub(crate) fn instance_class_name(&self, obj: &ObjRef) -> String {
        match &obj.payload {
            Payload::Instance(pi) => self.class_name(&pi.class),
            _ => self.type_name(obj),
        }
    }

    /// `PyErr` for an unbound method called with the wrong first argument.
    pub(crate) fn check_unbound_call(&mut self, m: &PyMethod, args: &[ObjRef]) -> PyResult<()> {
        let Some(class) = &m.class else {
            return Ok(());
        };
        let ok = match args.first() {
            Some(first) => self.is_instance_of(first, class)?,
            None => false,
        };
        if ok {
            return Ok(());
        }
        let (fname, _) = self.func_name_desc(&m.func);
        let got = match args.first() {
            Some(a) => format!("{} instance", self.instance_class_name(a)),
            None => "nothing".to_string(),
        };
        Err(self.type_error(format!(
            "unbound method {fname}() must be called with {} instance as first argument (got {got} instead)",
            self.class_name(class)
        )))
    }

    /// `PyObject_IsInstance` for one class (new- or old-style).
    pub(crate) fn is_instance_of(&mut self, obj: &ObjRef, class: &ObjRef) -> PyResult<bool> {
        Ok(match (&obj.payload, &class.payload) {
            (Payload::Instance(pi), Payload::Class(_)) => self.is_subclass(&pi.class, class),
            (_, Payload::Class(_)) => false,
            _ => self.isinstance(obj, class),
        })
    }
}
