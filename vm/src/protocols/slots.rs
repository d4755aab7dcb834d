//! The special methods of classes defined in Python, run where CPython's slot functions
//! (`slot_tp_repr`, `slot_nb_add`, `instance_repr`, …) run them: the abstract layer asks
//! here first and falls back to the built-in behaviour of the payload when the class does
//! not define the method. Each call runs the Python method as an ordinary (traced) frame.
//!
//! New-style classes are asked through `heap_lookup` (the Python-defined classes on the
//! MRO); old-style instances through `instance_getattr`, which also sees the instance dict
//! and `__getattr__`, as Objects/classobject.c does.

use crate::error::PyResult;
use crate::objects::{
    self, is, new_bool, new_int, new_str_from, none, not_implemented, ObjRef, Payload,
};
use crate::protocols::compare::CompareOp;
use crate::protocols::number::{BinOp, UnaryOp};
use crate::runtime::Vm;

/// Is `obj` an instance of a Python-defined class (new- or old-style)?
#[inline]
pub fn is_user(obj: &ObjRef) -> bool {
    obj.heap.is_some() || matches!(obj.payload, Payload::Instance(_))
}

fn is_ni(obj: &ObjRef) -> bool {
    matches!(obj.payload, Payload::NotImplemented)
}

/// What a Python-level special method decided about a binary operation.
pub enum Dispatch {
    Done(ObjRef),
    /// Every candidate returned NotImplemented: the operation is unsupported.
    Unsupported,
    /// No Python-level method applies: the built-in behaviour of the payloads decides.
    Builtin,
}

fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Div => ("__div__", "__rdiv__", "__idiv__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
    }
}

fn compare_names(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

pub fn swapped(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::Le => CompareOp::Ge,
        CompareOp::Eq => CompareOp::Eq,
        CompareOp::Ne => CompareOp::Ne,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::Ge => CompareOp::Le,
    }
}

impl Vm {
    /// An old-style instance's special method through `instance_getattr`, whose
    /// AttributeError propagates (`A instance has no attribute '__len__'`).
    fn instance_method(&mut self, obj: &ObjRef, name: &str) -> PyResult<ObjRef> {
        self.instance_getattr(obj, &new_str_from(name))
    }

    /// Calls a special method that must exist on an old-style instance, or that a new-style
    /// class may define; None when a new-style class does not define it.
    fn call_required(
        &mut self,
        obj: &ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<Option<ObjRef>> {
        if matches!(obj.payload, Payload::Instance(_)) {
            let m = self.instance_method(obj, name)?;
            return Ok(Some(self.call_object(&m, args, &[])?));
        }
        self.call_special(obj, name, args)
    }

    // ----- repr and str ---------------------------------------------------------------------

    /// `slot_tp_repr` / `instance_repr`; None when the payload's repr applies.
    pub(crate) fn user_repr(&mut self, obj: &ObjRef) -> PyResult<Option<Vec<u8>>> {
        match self.call_special(obj, "__repr__", &[])? {
            Some(r) => Ok(Some(self.string_result(&r, "__repr__")?)),
            None => self.default_repr(obj),
        }
    }

    /// `slot_tp_str` / `instance_str`: whatever `__str__` returned, unchecked (a user class
    /// without one shows its repr); None when the payload's str applies.
    pub(crate) fn user_str_object(&mut self, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
        match self.call_special(obj, "__str__", &[])? {
            Some(r) => Ok(Some(r)),
            None if matches!(obj.payload, Payload::Instance(_) | Payload::Object) => {
                Ok(Some(objects::new_str(self.repr(obj)?)))
            }
            None => Ok(None),
        }
    }

    fn string_result(&mut self, r: &ObjRef, what: &str) -> PyResult<Vec<u8>> {
        match &r.payload {
            Payload::Str(s) => Ok(s.as_bytes().to_vec()),
            Payload::Unicode(u) => self.encode_default(u.chars()),
            _ => Err(self.type_error(format!(
                "{what} returned non-string (type {})",
                self.type_name(r)
            ))),
        }
    }

    /// `object_repr` and the old-style `instance_repr` default.
    fn default_repr(&mut self, obj: &ObjRef) -> PyResult<Option<Vec<u8>>> {
        let addr = objects::address(obj);
        match &obj.payload {
            Payload::Instance(pi) => {
                let class = pi.class.clone();
                let module = self.old_class_module(&class)?;
                let name = self.class_name(&class);
                Ok(Some(objects::instance::repr(
                    module.as_deref(),
                    name.as_bytes(),
                    addr,
                )))
            }
            Payload::Object => {
                let ty = self.type_of(obj);
                let t = ty.as_type();
                let (module, name) = match t {
                    Some(t) if t.heap => (t.module_name().to_string(), t.short_name().to_string()),
                    Some(t) => ("__builtin__".to_string(), t.short_name().to_string()),
                    None => ("__builtin__".to_string(), "?".to_string()),
                };
                Ok(Some(objects::object::repr(&module, &name, addr)))
            }
            _ => Ok(None),
        }
    }

    /// An old-style class's `__module__` when it is a str.
    pub(crate) fn old_class_module(&mut self, class: &ObjRef) -> PyResult<Option<Vec<u8>>> {
        let Payload::Class(pc) = &class.payload else {
            return Ok(None);
        };
        let dict = pc.dict.clone();
        let m = self.dict_get(&dict, &new_str_from("__module__"))?;
        Ok(m.and_then(|m| m.as_str_bytes().map(|b| b.to_vec())))
    }

    // ----- truth, length, hashing ------------------------------------------------------------

    /// `slot_nb_nonzero` / `instance_nonzero`; None when the payload decides.
    pub(crate) fn user_truth(&mut self, obj: &ObjRef) -> PyResult<Option<bool>> {
        if matches!(obj.payload, Payload::Instance(_)) {
            let mut func = self.user_special(obj, "__nonzero__")?;
            if func.is_none() {
                func = self.user_special(obj, "__len__")?;
            }
            let Some(func) = func else {
                return Ok(Some(true));
            };
            let r = self.call_object(&func, &[], &[])?;
            let n = match &r.payload {
                Payload::Int(v) => *v,
                Payload::Bool(b) => *b as i64,
                _ => return Err(self.type_error("__nonzero__ should return an int")),
            };
            if n < 0 {
                return Err(self.value_error("__nonzero__ should return >= 0"));
            }
            return Ok(Some(n > 0));
        }
        let mut func = self.user_special(obj, "__nonzero__")?;
        if func.is_none() {
            func = self.user_special(obj, "__len__")?;
        }
        let Some(func) = func else {
            return Ok(None);
        };
        let r = self.call_object(&func, &[], &[])?;
        match &r.payload {
            Payload::Int(_) | Payload::Bool(_) => Ok(Some(self.is_true(&r)?)),
            _ => Err(self.type_error(format!(
                "__nonzero__ should return bool or int, returned {}",
                self.type_name(&r)
            ))),
        }
    }

    /// `slot_sq_length` / `instance_length`; None when the payload decides.
    pub(crate) fn user_len(&mut self, obj: &ObjRef) -> PyResult<Option<usize>> {
        let Some(r) = self.call_required(obj, "__len__", &[])? else {
            return Ok(None);
        };
        let n = match &r.payload {
            Payload::Int(v) => *v,
            Payload::Bool(b) => *b as i64,
            Payload::Long(_) => self.index_value(&r)?,
            _ if matches!(obj.payload, Payload::Instance(_)) => {
                return Err(self.type_error("__len__() should return an int"))
            }
            _ => return Err(self.type_error("an integer is required")),
        };
        if n < 0 {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        Ok(Some(n as usize))
    }

    /// `_PyObject_LengthHint`'s call of a Python-defined `__len__`: the length, or None when
    /// there is no such method or it raised TypeError or AttributeError (ignored).
    pub(crate) fn length_hint(&mut self, obj: &ObjRef) -> PyResult<Option<usize>> {
        match self.user_len(obj) {
            Err(e)
                if self.exception_matches(&e, &self.types.exc.type_error)
                    || self.exception_matches(&e, &self.types.exc.attribute_error) =>
            {
                Ok(None)
            }
            other => other,
        }
    }

    /// `slot_tp_hash` / `instance_hash`; None when the payload (or identity) decides.
    pub(crate) fn user_hash(&mut self, obj: &ObjRef) -> PyResult<Option<i64>> {
        if matches!(obj.payload, Payload::Instance(_)) {
            match self.user_special(obj, "__hash__")? {
                Some(f) => {
                    let r = self.call_object(&f, &[], &[])?;
                    return match &r.payload {
                        Payload::Int(_) | Payload::Long(_) | Payload::Bool(_) => {
                            Ok(Some(self.hash(&r)?))
                        }
                        _ => Err(self.type_error("__hash__() should return an int")),
                    };
                }
                None => {
                    if self.user_special(obj, "__eq__")?.is_some()
                        || self.user_special(obj, "__cmp__")?.is_some()
                    {
                        return Err(self.type_error("unhashable instance"));
                    }
                    return Ok(None);
                }
            }
        }
        match self.heap_lookup(obj, "__hash__")? {
            None => Ok(None),
            Some(h) if h.is_none() => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))))
            }
            Some(_) => {
                let r = self
                    .call_special(obj, "__hash__", &[])?
                    .unwrap_or_else(none);
                match &r.payload {
                    Payload::Int(_) | Payload::Long(_) | Payload::Bool(_) => {
                        Ok(Some(self.hash(&r)?))
                    }
                    _ => Err(self.type_error("an integer is required")),
                }
            }
        }
    }

    // ----- containers ------------------------------------------------------------------------

    /// `o[key]` through `__getitem__`.
    pub(crate) fn user_getitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        self.call_required(obj, "__getitem__", std::slice::from_ref(key))
    }

    /// `o[key] = value` / `del o[key]` through `__setitem__` / `__delitem__`.
    pub(crate) fn user_setitem(
        &mut self,
        obj: &ObjRef,
        key: &ObjRef,
        value: Option<ObjRef>,
    ) -> PyResult<bool> {
        let r = match value {
            Some(v) => self.call_required(obj, "__setitem__", &[key.clone(), v])?,
            None => self.call_required(obj, "__delitem__", std::slice::from_ref(key))?,
        };
        Ok(r.is_some())
    }

    /// `x in o` through `__contains__`; None to fall back to iteration.
    pub(crate) fn user_contains(&mut self, obj: &ObjRef, item: &ObjRef) -> PyResult<Option<bool>> {
        match self.call_special(obj, "__contains__", std::slice::from_ref(item))? {
            Some(r) => Ok(Some(self.is_true(&r)?)),
            None => Ok(None),
        }
    }

    /// `iter(o)` through `__iter__`, or a sequence iterator over `__getitem__`.
    pub(crate) fn user_iter(&mut self, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
        if let Some(it) = self.call_special(obj, "__iter__", &[])? {
            if !self.is_iterator(&it)? {
                let what = if matches!(obj.payload, Payload::Instance(_)) {
                    "__iter__ returned non-iterator"
                } else {
                    "iter() returned non-iterator"
                };
                return Err(self.type_error(format!("{what} of type '{}'", self.type_name(&it))));
            }
            return Ok(Some(it));
        }
        let has_getitem = match &obj.payload {
            Payload::Instance(_) => self.user_special(obj, "__getitem__")?.is_some(),
            _ => self.heap_lookup(obj, "__getitem__")?.is_some(),
        };
        if has_getitem {
            return Ok(Some(crate::builtins::constructors::new_iter(
                objects::iter::IterState::Seq {
                    kind: objects::iter::SeqKind::Generic,
                    seq: Some(obj.clone()),
                    index: 0,
                },
            )));
        }
        if matches!(obj.payload, Payload::Instance(_)) {
            return Err(self.type_error("iteration over non-sequence"));
        }
        Ok(None)
    }

    pub(crate) fn is_iterator(&mut self, obj: &ObjRef) -> PyResult<bool> {
        Ok(match &obj.payload {
            Payload::Iter(_) | Payload::Generator(_) => true,
            Payload::Instance(_) => true,
            Payload::Native(n) => n.data.is_iterator(),
            _ if obj.heap.is_some() => self.heap_lookup(obj, "next")?.is_some(),
            _ => false,
        })
    }

    /// `next(it)` of a Python-defined iterator: its `next` method, StopIteration ending it.
    pub(crate) fn user_next(&mut self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        let func = match &it.payload {
            Payload::Instance(_) => match self.user_special(it, "next")? {
                Some(f) => f,
                None => return Err(self.type_error("instance has no next() method")),
            },
            _ => match self.user_special(it, "next")? {
                Some(f) => f,
                None => {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )))
                }
            },
        };
        match self.call_object(&func, &[], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exception_matches(&e, &self.types.exc.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Item `index` of a sequence iterated through `__getitem__`; IndexError and
    /// StopIteration end it.
    pub(crate) fn getitem_iter_step(
        &mut self,
        seq: &ObjRef,
        index: usize,
    ) -> PyResult<Option<ObjRef>> {
        match self.getitem(seq, &new_int(index as i64)) {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if self.exception_matches(&e, &self.types.exc.index_error)
                    || self.exception_matches(&e, &self.types.exc.stop_iteration) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `u[v:w]` (`store` None), `u[v:w] = x` (`Some(x)`) and `del u[v:w]` (`Some(NULL)`)
    /// on a Python-defined class: `__getslice__`/`__setslice__`/`__delslice__` with the
    /// bounds as `_PyEval_SliceIndex` and `PySequence_GetSlice` make them, else
    /// `__getitem__`/`__setitem__`/`__delitem__` with a slice object. None when the payload
    /// decides.
    pub(crate) fn user_slice(
        &mut self,
        u: &ObjRef,
        v: Option<&ObjRef>,
        w: Option<&ObjRef>,
        store: Option<ObjRef>,
    ) -> PyResult<Option<ObjRef>> {
        let (slice_name, item_name) = match &store {
            None => ("__getslice__", "__getitem__"),
            Some(x) if matches!(x.payload, Payload::Null) => ("__delslice__", "__delitem__"),
            Some(_) => ("__setslice__", "__setitem__"),
        };
        let old = matches!(u.payload, Payload::Instance(_));
        let has = |vm: &mut Vm, name: &str| -> PyResult<bool> {
            Ok(if old {
                vm.user_special(u, name)?.is_some()
            } else {
                vm.heap_lookup(u, name)?.is_some()
            })
        };
        let is_index = |o: Option<&ObjRef>| {
            o.is_none_or(|o| {
                matches!(
                    o.payload,
                    Payload::Int(_) | Payload::Long(_) | Payload::Bool(_) | Payload::None
                )
            })
        };
        let value = store.filter(|x| !matches!(x.payload, Payload::Null));
        // A classic instance always has the slice slots (`instance_slice`), which fall back
        // to the item method with a slice of the adjusted bounds; a new-style class has
        // them only when it defines the slice method.
        let slice_method = if is_index(v) && is_index(w) {
            if has(self, slice_name)? {
                Some(true)
            } else {
                old.then_some(false)
            }
        } else {
            None
        };
        if let Some(by_slice_method) = slice_method {
            {
                let bound = |vm: &mut Vm, b: Option<&ObjRef>, default: i64| -> PyResult<i64> {
                    match b {
                        Some(o) if !o.is_none() => vm.index_value(o),
                        _ => Ok(default),
                    }
                };
                let mut lo = bound(self, v, 0)?;
                let mut hi = bound(self, w, i64::MAX)?;
                if lo < 0 || hi < 0 {
                    if let Some(n) = self.user_len(u)? {
                        if lo < 0 {
                            lo += n as i64;
                        }
                        if hi < 0 {
                            hi += n as i64;
                        }
                    }
                }
                let mut args = if by_slice_method {
                    vec![new_int(lo), new_int(hi)]
                } else {
                    vec![objects::PyObject::new(Payload::Slice(
                        objects::slice::PySlice {
                            start: new_int(lo),
                            stop: new_int(hi),
                            step: none(),
                        },
                    ))]
                };
                args.extend(value);
                let name = if by_slice_method {
                    slice_name
                } else {
                    item_name
                };
                return self.call_required(u, name, &args);
            }
        }
        if !old && !has(self, item_name)? {
            return Ok(None);
        }
        let slice = objects::PyObject::new(Payload::Slice(objects::slice::PySlice {
            start: v.cloned().unwrap_or_else(none),
            stop: w.cloned().unwrap_or_else(none),
            step: none(),
        }));
        let mut args = vec![slice];
        args.extend(value);
        self.call_required(u, item_name, &args)
    }

    // ----- calling ---------------------------------------------------------------------------

    /// Calling an instance: `__call__`.
    pub(crate) fn call_instance(
        &mut self,
        obj: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<Option<ObjRef>> {
        let func = match &obj.payload {
            Payload::Instance(pi) => match self.instance_method(obj, "__call__") {
                Ok(m) => Some(m),
                Err(e) if self.exception_matches(&e, &self.types.exc.attribute_error) => {
                    let name = self.class_name(&pi.class);
                    return Err(
                        self.attribute_error(format!("{name} instance has no __call__ method"))
                    );
                }
                Err(e) => return Err(e),
            },
            _ => self.user_special(obj, "__call__")?,
        };
        match func {
            Some(f) => Ok(Some(self.call_object(&f, args, kw)?)),
            None => Ok(None),
        }
    }

    // ----- arithmetic ------------------------------------------------------------------------

    /// `binary_op1` / `binary_iop1` with Python-defined operands: the in-place method, a
    /// subclass's reflected method first, then the left operand's, then the right's.
    pub(crate) fn user_binary(
        &mut self,
        op: BinOp,
        v: &ObjRef,
        w: &ObjRef,
        inplace: bool,
    ) -> PyResult<Dispatch> {
        if !is_user(v) && !is_user(w) {
            return Ok(Dispatch::Builtin);
        }
        if op == BinOp::Mod
            && !is_user(v)
            && matches!(v.payload, Payload::Str(_) | Payload::Unicode(_))
        {
            // `string_mod` and `unicode_mod` format any right operand: it is asked first
            // only when its class derives from the string's.
            let (tv, tw) = (self.type_of(v), self.type_of(w));
            if w.heap.is_none() || is(&tv, &tw) || !self.is_subclass(&tw, &tv) {
                return Ok(Dispatch::Builtin);
            }
        }
        let (name, rname, iname) = binop_names(op);
        if inplace && is_user(v) {
            if let Some(r) = self.call_special(v, iname, std::slice::from_ref(w))? {
                if !is_ni(&r) {
                    return Ok(Dispatch::Done(r));
                }
            }
        }
        let old_style =
            matches!(v.payload, Payload::Instance(_)) || matches!(w.payload, Payload::Instance(_));
        if old_style {
            for (a, b, n) in [(v, w, name), (w, v, rname)] {
                if matches!(a.payload, Payload::Instance(_)) {
                    if let Some(r) = self.call_special(a, n, std::slice::from_ref(b))? {
                        if !is_ni(&r) {
                            return Ok(Dispatch::Done(r));
                        }
                    }
                }
            }
            return Ok(Dispatch::Builtin);
        }
        let (tv, tw) = (self.type_of(v), self.type_of(w));
        let same = is(&tv, &tw);
        let mut w_done = false;
        if !same && w.heap.is_some() && self.is_subclass(&tw, &tv) {
            let wr = self.heap_lookup(w, rname)?;
            let vr = self.heap_lookup(v, rname)?;
            let overloaded = match (&wr, &vr) {
                (Some(a), Some(b)) => !is(a, b),
                (Some(_), None) => true,
                _ => false,
            };
            if overloaded {
                w_done = true;
                if let Some(r) = self.call_special(w, rname, std::slice::from_ref(v))? {
                    if !is_ni(&r) {
                        return Ok(Dispatch::Done(r));
                    }
                }
            }
        }
        let v_defines = v.heap.is_some()
            && (self.heap_lookup(v, name)?.is_some() || self.heap_lookup(v, rname)?.is_some());
        if v_defines {
            if let Some(r) = self.call_special(v, name, std::slice::from_ref(w))? {
                if !is_ni(&r) {
                    return Ok(Dispatch::Done(r));
                }
            }
            if same {
                return Ok(Dispatch::Unsupported);
            }
        }
        if !same && !w_done && w.heap.is_some() {
            if let Some(r) = self.call_special(w, rname, std::slice::from_ref(v))? {
                if !is_ni(&r) {
                    return Ok(Dispatch::Done(r));
                }
            }
        }
        Ok(Dispatch::Builtin)
    }

    /// `-o`, `+o`, `~o`, `abs(o)` through `__neg__`, `__pos__`, `__invert__`, `__abs__`.
    pub(crate) fn user_unary(&mut self, op: UnaryOp, v: &ObjRef) -> PyResult<Option<ObjRef>> {
        let name = match op {
            UnaryOp::Positive => "__pos__",
            UnaryOp::Negative => "__neg__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Absolute => "__abs__",
        };
        self.call_required(v, name, &[])
    }

    /// `__int__`, `__long__`, `__float__`, `__index__` conversions: the result, checked to be
    /// of the kinds `accept` allows.
    pub(crate) fn user_conversion(
        &mut self,
        v: &ObjRef,
        name: &str,
        accept: fn(&Payload) -> bool,
        expected: &str,
    ) -> PyResult<Option<ObjRef>> {
        if !is_user(v) {
            return Ok(None);
        }
        let r = match &v.payload {
            Payload::Instance(_) => {
                let m = self.instance_method(v, name)?;
                self.call_object(&m, &[], &[])?
            }
            _ => match self.call_special(v, name, &[])? {
                Some(r) => r,
                None => return Ok(None),
            },
        };
        if !accept(&r.payload) {
            return Err(self.type_error(format!(
                "{name} returned non-{expected} (type {})",
                self.type_name(&r)
            )));
        }
        Ok(Some(r))
    }

    // ----- comparison ------------------------------------------------------------------------

    /// Does the class of `obj` define rich comparisons in Python (old-style instances always
    /// have the `instance_richcompare` slot)?
    fn has_rich(&mut self, obj: &ObjRef) -> PyResult<bool> {
        if matches!(obj.payload, Payload::Instance(_)) {
            return Ok(true);
        }
        if obj.heap.is_none() {
            return Ok(false);
        }
        for op in [
            CompareOp::Lt,
            CompareOp::Le,
            CompareOp::Eq,
            CompareOp::Ne,
            CompareOp::Gt,
            CompareOp::Ge,
        ] {
            if self.heap_lookup(obj, compare_names(op))?.is_some() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn half_richcompare(&mut self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
        Ok(self
            .call_special(a, compare_names(op), std::slice::from_ref(b))?
            .unwrap_or_else(not_implemented))
    }

    /// `slot_tp_richcompare` / `instance_richcompare`.
    fn rich_slot(&mut self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
        if self.has_rich(a)? {
            let r = self.half_richcompare(a, b, op)?;
            if !is_ni(&r) {
                return Ok(r);
            }
        }
        if self.has_rich(b)? {
            let r = self.half_richcompare(b, a, swapped(op))?;
            if !is_ni(&r) {
                return Ok(r);
            }
        }
        Ok(not_implemented())
    }

    /// `PyObject_RichCompare` with Python-defined operands: rich methods (a subclass's
    /// reflection first), then `__cmp__`; None when neither operand's class decides, so the
    /// built-in comparison (or the default order) applies.
    pub(crate) fn user_compare(
        &mut self,
        v: &ObjRef,
        w: &ObjRef,
        op: CompareOp,
    ) -> PyResult<Option<ObjRef>> {
        if !is_user(v) && !is_user(w) {
            return Ok(None);
        }
        let r = self.try_rich(v, w, op)?;
        if !is_ni(&r) {
            return Ok(Some(r));
        }
        match self.user_three_way(v, w)? {
            Some(c) => Ok(Some(new_bool(match op {
                CompareOp::Lt => c < 0,
                CompareOp::Le => c <= 0,
                CompareOp::Eq => c == 0,
                CompareOp::Ne => c != 0,
                CompareOp::Gt => c > 0,
                CompareOp::Ge => c >= 0,
            }))),
            None => Ok(None),
        }
    }

    /// The rich-comparison part of `PyObject_RichCompare` (the same-type fast path, then
    /// `try_rich_compare` with a subclass's reflection first); NotImplemented when no
    /// Python-defined method decided.
    fn try_rich(&mut self, v: &ObjRef, w: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
        let (tv, tw) = (self.type_of(v), self.type_of(w));
        let instance = matches!(v.payload, Payload::Instance(_));
        let (rv, rw) = (self.has_rich(v)?, self.has_rich(w)?);
        if is(&tv, &tw) && !instance {
            if rv {
                return self.rich_slot(v, w, op);
            }
            return Ok(not_implemented());
        }
        if !is(&tv, &tw) && rw && self.is_subclass(&tw, &tv) {
            let r = self.rich_slot(w, v, swapped(op))?;
            if !is_ni(&r) {
                return Ok(r);
            }
        }
        if rv {
            let r = self.rich_slot(v, w, op)?;
            if !is_ni(&r) {
                return Ok(r);
            }
        }
        if rw {
            return self.rich_slot(w, v, swapped(op));
        }
        Ok(not_implemented())
    }

    /// `PyObject_Compare`'s `do_cmp` for Python-defined operands: `__cmp__` of a shared
    /// type, then rich comparisons as a three-way result, then `__cmp__`; None for the
    /// default order.
    pub(crate) fn user_cmp(&mut self, v: &ObjRef, w: &ObjRef) -> PyResult<Option<i32>> {
        if !is_user(v) && !is_user(w) {
            return Ok(None);
        }
        let same = is(&self.type_of(v), &self.type_of(w));
        if same {
            if let Some(c) = self.user_three_way(v, w)? {
                return Ok(Some(c));
            }
        }
        if self.has_rich(v)? || self.has_rich(w)? {
            for (op, c) in [(CompareOp::Eq, 0), (CompareOp::Lt, -1), (CompareOp::Gt, 1)] {
                let r = self.try_rich(v, w, op)?;
                if !is_ni(&r) && self.is_true(&r)? {
                    return Ok(Some(c));
                }
            }
        }
        self.user_three_way(v, w)
    }

    /// `try_3way_compare` with `__cmp__`: `instance_compare` for old-style operands,
    /// `_PyObject_SlotCompare` for new-style ones; None for the default order.
    fn user_three_way(&mut self, v: &ObjRef, w: &ObjRef) -> PyResult<Option<i32>> {
        let old =
            matches!(v.payload, Payload::Instance(_)) || matches!(w.payload, Payload::Instance(_));
        let v_cmp = if old {
            matches!(v.payload, Payload::Instance(_))
        } else {
            self.heap_lookup(v, "__cmp__")?.is_some()
        };
        let w_cmp = if old {
            matches!(w.payload, Payload::Instance(_))
        } else {
            self.heap_lookup(w, "__cmp__")?.is_some()
        };
        if !v_cmp && !w_cmp {
            return Ok(None);
        }
        if v_cmp {
            if let Some(c) = self.half_compare(v, w)? {
                return Ok(Some(c));
            }
        }
        if w_cmp {
            if let Some(c) = self.half_compare(w, v)? {
                return Ok(Some(-c));
            }
        }
        if old {
            return Ok(None);
        }
        let (a, b) = (objects::address(v), objects::address(w));
        Ok(Some(a.cmp(&b) as i32))
    }

    /// `half_compare`: `a.__cmp__(b)` as -1, 0 or 1; None when it is missing or returns
    /// NotImplemented.
    fn half_compare(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<Option<i32>> {
        let Some(r) = self.call_special(a, "__cmp__", std::slice::from_ref(b))? else {
            return Ok(None);
        };
        if is_ni(&r) {
            return Ok(None);
        }
        let c = match &r.payload {
            Payload::Int(v) => *v,
            Payload::Bool(b) => *b as i64,
            Payload::Long(_) => {
                if self.is_true(&r)? {
                    if self.rich_compare_bool(&r, &new_int(0), CompareOp::Lt)? {
                        -1
                    } else {
                        1
                    }
                } else {
                    0
                }
            }
            _ => return Err(self.type_error("comparison did not return an int")),
        };
        Ok(Some(c.signum() as i32))
    }

    // ----- the with statement ----------------------------------------------------------------

    /// `special_lookup`: `__enter__`/`__exit__` on the type (bound), or by `getattr` on an
    /// old-style instance; AttributeError(name) when missing.
    pub(crate) fn special_lookup(&mut self, obj: &ObjRef, name: &str) -> PyResult<ObjRef> {
        let key = new_str_from(name);
        if matches!(obj.payload, Payload::Instance(_)) {
            return self.getattr(obj, &key);
        }
        let ty = self.type_of(obj);
        match self.lookup_in_mro(&ty, &key)? {
            Some(d) => self.descr_get(&d, Some(obj), &ty),
            None => Err(self.err_obj(&self.types.exc.attribute_error, key)),
        }
    }
}
