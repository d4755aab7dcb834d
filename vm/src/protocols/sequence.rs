//! Subscripts, slices, `len`, `in` and unpacking (`PyObject_GetItem`, `PySequence_GetSlice`,
//! `assign_slice`, `PySequence_Contains`, `unpack_iterable`) for the built-in containers.

use num_traits::ToPrimitive;

use crate::error::{PyErr, PyResult};
use crate::objects::slice::{indices, PySlice};
use crate::objects::{self, new_int, ObjRef, Payload, PyObject};
use crate::protocols::compare::CompareOp;
use crate::runtime::Vm;

/// A resolved subscript: one index or an extended slice.
enum Subscript {
    Index(i64),
    Slice { start: i64, step: i64, len: i64 },
}

/// Which object `_PyObject_LengthHint` asks while the items of an iterable are collected.
#[derive(Clone, Copy)]
enum LengthHint {
    /// A plain iteration (`set(x)`, `min(x)`, ...): no hint.
    None,
    /// `PySequence_List` / `PySequence_Tuple`: the iterable itself.
    OfIterable,
    /// `PySequence_Fast`: the iterator, which `PySequence_List` gets again.
    OfIterator,
}

impl Vm {
    /// An int-like object as an index (`PyNumber_AsSsize_t` semantics for ints and longs).
    pub fn index_value(&self, obj: &ObjRef) -> PyResult<i64> {
        match &obj.payload {
            Payload::Int(v) => Ok(*v),
            Payload::Bool(b) => Ok(*b as i64),
            Payload::Long(v) => Ok(v.to_i64().unwrap_or(if objects::long::is_negative(v) {
                i64::MIN
            } else {
                i64::MAX
            })),
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an index",
                self.type_name(obj)
            ))),
        }
    }

    fn is_index(obj: &ObjRef) -> bool {
        matches!(
            obj.payload,
            Payload::Int(_) | Payload::Bool(_) | Payload::Long(_)
        )
    }

    /// Whether the object's type fills `tp_as_sequence`, which decides some error messages.
    fn has_sequence_slots(obj: &ObjRef) -> bool {
        matches!(
            obj.payload,
            Payload::Str(_)
                | Payload::Unicode(_)
                | Payload::Tuple(_)
                | Payload::StructSeq(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Xrange(_)
        )
    }

    /// Optional slice bound: None or an index.
    fn slice_bound(&self, obj: &ObjRef) -> PyResult<Option<i64>> {
        if obj.is_none() {
            Ok(None)
        } else if Self::is_index(obj) {
            Ok(Some(self.index_value(obj)?))
        } else {
            Err(self
                .type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }

    fn resolve_subscript(&self, key: &ObjRef, len: i64, kind: &str) -> PyResult<Subscript> {
        if Self::is_index(key) {
            let mut i = self.index_value(key)?;
            if i < 0 {
                i += len;
            }
            return Ok(Subscript::Index(i));
        }
        if let Payload::Slice(s) = &key.payload {
            let step = match self.slice_bound(&s.step)? {
                None => 1,
                Some(0) => return Err(self.value_error("slice step cannot be zero")),
                Some(step) => step,
            };
            let (start, _, step, slicelen) = indices(
                self.slice_bound(&s.start)?,
                self.slice_bound(&s.stop)?,
                step,
                len,
            );
            return Ok(Subscript::Slice {
                start,
                step,
                len: slicelen,
            });
        }
        Err(self.type_error(format!(
            "{kind} indices must be integers, not {}",
            self.type_name(key)
        )))
    }

    /// `o[key]`.
    pub fn getitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
        if crate::protocols::slots::is_user(obj) {
            if let Some(r) = self.user_getitem(obj, key)? {
                return Ok(r);
            }
        }
        self.builtin_getitem(obj, key)
    }

    /// The index `PyObject_GetItem` (and its set and delete twins) hands a native type's
    /// `sq_item`: `PyNumber_AsSsize_t(key, IndexError)`, a negative one adjusted by the length
    /// as `PySequence_GetItem` does; a key that is no index is a TypeError.
    fn native_sequence_index(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<i64> {
        if !Self::is_index(key) {
            return Err(self.type_error(format!(
                "sequence index must be integer, not '{}'",
                self.type_name(key)
            )));
        }
        let i = match &key.payload {
            Payload::Long(v) => v.to_i64().ok_or_else(|| {
                self.index_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    self.type_name(key)
                ))
            })?,
            _ => self.index_value(key)?,
        };
        if i >= 0 {
            return Ok(i);
        }
        Ok(i + self.builtin_len(obj)? as i64)
    }

    /// `o[key]` by the payload alone (`list.__getitem__` and friends).
    pub(crate) fn builtin_getitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
        if obj.native().is_some_and(|n| n.is_sequence()) {
            let i = self.native_sequence_index(obj, key)?;
            if let Some(r) = obj.native().and_then(|n| n.item(self, obj, i)) {
                return r;
            }
        }
        match &obj.payload {
            Payload::List(items) => {
                let items = items.borrow();
                self.index_sequence(&items, key, "list", objects::new_list)
            }
            Payload::Tuple(items) => {
                match self.resolve_subscript(key, items.len() as i64, "tuple")? {
                    Subscript::Slice { start, step, len }
                        if is_whole(start, step, len, items.len()) =>
                    {
                        Ok(obj.clone())
                    }
                    _ => self.index_sequence(items, key, "tuple", objects::new_tuple),
                }
            }
            Payload::StructSeq(s) => {
                // `structseq_subscript`: an index or a slice (always a new tuple).
                if !Self::is_index(key) && !matches!(key.payload, Payload::Slice(_)) {
                    return Err(self.type_error("structseq index must be integer"));
                }
                self.index_sequence(s.visible(), key, "tuple", objects::new_tuple)
            }
            Payload::Str(s) => {
                let bytes = s.as_bytes();
                match self.resolve_subscript(key, bytes.len() as i64, "string")? {
                    Subscript::Index(i) if i >= 0 && (i as usize) < bytes.len() => {
                        Ok(objects::new_str(vec![bytes[i as usize]]))
                    }
                    Subscript::Index(_) => Err(self.index_error("string index out of range")),
                    Subscript::Slice { start, step, len }
                        if is_whole(start, step, len, bytes.len()) =>
                    {
                        Ok(obj.clone())
                    }
                    Subscript::Slice { start, step, len } => Ok(objects::new_str(
                        pick(bytes, start, step, len).into_iter().copied().collect(),
                    )),
                }
            }
            Payload::Unicode(u) => {
                let chars = u.chars();
                match self.resolve_subscript(key, chars.len() as i64, "string")? {
                    Subscript::Index(i) if i >= 0 && (i as usize) < chars.len() => {
                        Ok(objects::unicode::new_unicode(vec![chars[i as usize]]))
                    }
                    Subscript::Index(_) => Err(self.index_error("string index out of range")),
                    Subscript::Slice { start, step, len }
                        if is_whole(start, step, len, chars.len()) =>
                    {
                        Ok(obj.clone())
                    }
                    Subscript::Slice { start, step, len } => Ok(objects::unicode::new_unicode(
                        pick(chars, start, step, len).into_iter().copied().collect(),
                    )),
                }
            }
            Payload::Dict(_) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => match self.missing_method(obj)? {
                    // dict_subscript: a subclass's `__missing__` answers for a missing key.
                    Some(missing) => self.call_object(&missing, std::slice::from_ref(key), &[]),
                    None => Err(self.key_error(key)),
                },
            },
            Payload::DictProxy(d) => {
                let d = d.clone();
                self.getitem(&d, key)
            }
            Payload::ByteArray(b) => {
                let bytes = b.bytes.borrow();
                match self.resolve_subscript(key, bytes.len() as i64, "bytearray")? {
                    Subscript::Index(i) if i >= 0 && (i as usize) < bytes.len() => {
                        Ok(new_int(bytes[i as usize] as i64))
                    }
                    Subscript::Index(_) => Err(self.index_error("bytearray index out of range")),
                    Subscript::Slice { start, step, len } => Ok(objects::bytearray::new_bytearray(
                        pick(&bytes, start, step, len)
                            .into_iter()
                            .copied()
                            .collect(),
                    )),
                }
            }
            Payload::Xrange(r) => {
                let i = self.index_value(key)?;
                let i = if i < 0 { i + r.len } else { i };
                if i < 0 || i >= r.len {
                    return Err(self.index_error("xrange object index out of range"));
                }
                Ok(new_int(r.item(i)))
            }
            _ => Err(self.type_error(format!(
                "'{}' object has no attribute '__getitem__'",
                self.type_name(obj)
            ))),
        }
    }

    /// `dict_subscript`'s `_PyObject_LookupSpecial(mp, "__missing__")` for a subclass of
    /// dict (Python-defined or native, as `defaultdict`), bound to the dict.
    fn missing_method(&mut self, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
        if obj.heap.is_none() {
            return Ok(None);
        }
        if obj.heap.as_ref().is_some_and(|h| h.native.is_none()) {
            return self.user_special(obj, "__missing__");
        }
        let ty = self.type_of(obj);
        match self.lookup_in_mro(&ty, &objects::new_str_from("__missing__"))? {
            Some(f) => Ok(Some(self.descr_get(&f, Some(obj), &ty)?)),
            None => Ok(None),
        }
    }

    fn index_sequence(
        &self,
        items: &[ObjRef],
        key: &ObjRef,
        kind: &str,
        build: fn(Vec<ObjRef>) -> ObjRef,
    ) -> PyResult<ObjRef> {
        match self.resolve_subscript(key, items.len() as i64, kind)? {
            Subscript::Index(i) if i >= 0 && (i as usize) < items.len() => {
                Ok(items[i as usize].clone())
            }
            Subscript::Index(_) => Err(self.index_error(format!("{kind} index out of range"))),
            Subscript::Slice { start, step, len } => Ok(build(
                pick(items, start, step, len).into_iter().cloned().collect(),
            )),
        }
    }

    /// `o[key] = value`.
    pub fn setitem(&mut self, obj: &ObjRef, key: &ObjRef, value: ObjRef) -> PyResult<()> {
        if crate::protocols::slots::is_user(obj)
            && self.user_setitem(obj, key, Some(value.clone()))?
        {
            return Ok(());
        }
        self.builtin_setitem(obj, key, value)
    }

    /// `o[key] = value` by the payload alone.
    pub(crate) fn builtin_setitem(
        &mut self,
        obj: &ObjRef,
        key: &ObjRef,
        value: ObjRef,
    ) -> PyResult<()> {
        if obj.native().is_some_and(|n| n.is_sequence()) {
            let i = self.native_sequence_index(obj, key)?;
            if let Some(r) = obj
                .native()
                .and_then(|n| n.set_item(self, obj, i, Some(value)))
            {
                return r;
            }
            return Err(self.system_error("sequence without sq_ass_item"));
        }
        match &obj.payload {
            Payload::Dict(_) => self.dict_set(obj, key.clone(), value),
            Payload::ByteArray(b) => {
                let len = b.bytes.borrow().len() as i64;
                match self.resolve_subscript(key, len, "bytearray")? {
                    Subscript::Index(i) => {
                        if i < 0 || i >= len {
                            return Err(self.index_error("bytearray index out of range"));
                        }
                        let byte = crate::builtins::bytearray_methods::byte_value(self, &value)?;
                        b.bytes.borrow_mut()[i as usize] = byte;
                        Ok(())
                    }
                    Subscript::Slice { .. } => {
                        Err(PyErr::unsupported("assigning to a slice of a bytearray"))
                    }
                }
            }
            Payload::List(items) => {
                let len = items.borrow().len() as i64;
                match self.resolve_subscript(key, len, "list")? {
                    Subscript::Index(i) if i >= 0 && i < len => {
                        let old = std::mem::replace(&mut items.borrow_mut()[i as usize], value);
                        drop(old);
                        Ok(())
                    }
                    Subscript::Index(_) => {
                        Err(self.index_error("list assignment index out of range"))
                    }
                    Subscript::Slice {
                        start,
                        step,
                        len: slicelen,
                    } => {
                        let message = if step == 1 {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        };
                        let new_items = self.sequence_fast(&value, message)?;
                        if step == 1 {
                            let mut items = items.borrow_mut();
                            let lo = start.clamp(0, items.len() as i64) as usize;
                            let hi =
                                (start + slicelen).clamp(lo as i64, items.len() as i64) as usize;
                            items.splice(lo..hi, new_items);
                            return Ok(());
                        }
                        if new_items.len() as i64 != slicelen {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {slicelen}",
                                new_items.len()
                            )));
                        }
                        let mut items = items.borrow_mut();
                        for (k, v) in new_items.into_iter().enumerate() {
                            items[(start + k as i64 * step) as usize] = v;
                        }
                        Ok(())
                    }
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    /// `del o[key]`.
    pub fn delitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<()> {
        if crate::protocols::slots::is_user(obj) && self.user_setitem(obj, key, None)? {
            return Ok(());
        }
        self.builtin_delitem(obj, key)
    }

    /// `del o[key]` by the payload alone.
    pub(crate) fn builtin_delitem(&mut self, obj: &ObjRef, key: &ObjRef) -> PyResult<()> {
        if obj.native().is_some_and(|n| n.is_sequence()) {
            let i = self.native_sequence_index(obj, key)?;
            if let Some(r) = obj.native().and_then(|n| n.set_item(self, obj, i, None)) {
                return r;
            }
        }
        match &obj.payload {
            Payload::Dict(_) => {
                if self.dict_del(obj, key)? {
                    Ok(())
                } else {
                    Err(self.key_error(key))
                }
            }
            Payload::List(items) => {
                let len = items.borrow().len() as i64;
                match self.resolve_subscript(key, len, "list")? {
                    Subscript::Index(i) if i >= 0 && i < len => {
                        let old = items.borrow_mut().remove(i as usize);
                        drop(old);
                        Ok(())
                    }
                    Subscript::Index(_) => {
                        Err(self.index_error("list assignment index out of range"))
                    }
                    Subscript::Slice {
                        start,
                        step,
                        len: slicelen,
                    } => {
                        let mut positions: Vec<i64> =
                            (0..slicelen).map(|k| start + k * step).collect();
                        positions.sort_unstable();
                        let removed: Vec<ObjRef> = {
                            let mut items = items.borrow_mut();
                            positions
                                .iter()
                                .rev()
                                .map(|&p| items.remove(p as usize))
                                .collect()
                        };
                        drop(removed);
                        Ok(())
                    }
                }
            }
            // `PySequence_DelItem` answers an index on a sequence, `PyObject_DelItem` the rest.
            _ => {
                let doesnt = if Self::is_index(key) && Self::has_sequence_slots(obj) {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!(
                    "'{}' object {doesnt} support item deletion",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// `u[v:w]` (`SLICE+n`): simple slices with CPython's clamping of the bounds.
    pub fn apply_slice(
        &mut self,
        u: &ObjRef,
        v: Option<&ObjRef>,
        w: Option<&ObjRef>,
    ) -> PyResult<ObjRef> {
        if crate::protocols::slots::is_user(u) {
            if let Some(r) = self.user_slice(u, v, w, None)? {
                return Ok(r);
            }
        }
        let bound = |vm: &Vm, b: Option<&ObjRef>, default: i64| -> PyResult<i64> {
            match b {
                None => Ok(default),
                Some(o) if o.is_none() => Ok(default),
                Some(o) => vm.index_value(o),
            }
        };
        if u.native().is_some_and(|n| n.is_sequence()) {
            // No `sq_slice`: the bounds become a slice object for `PyObject_GetItem`.
            let slice = PyObject::new(Payload::Slice(PySlice {
                start: v.cloned().unwrap_or_else(objects::none),
                stop: w.cloned().unwrap_or_else(objects::none),
                step: objects::none(),
            }));
            return self.getitem(u, &slice);
        }
        let len = match &u.payload {
            Payload::List(l) => l.borrow().len(),
            Payload::Tuple(t) => t.len(),
            Payload::StructSeq(s) => s.visible().len(),
            Payload::Str(s) => s.as_bytes().len(),
            Payload::Unicode(s) => s.chars().len(),
            Payload::ByteArray(b) => b.bytes.borrow().len(),
            _ => {
                return Err(self.type_error(format!(
                    "'{}' object has no attribute '__getslice__'",
                    self.type_name(u)
                )))
            }
        } as i64;
        let (mut lo, mut hi) = (bound(self, v, 0)?, bound(self, w, i64::MAX)?);
        if lo < 0 {
            lo += len;
        }
        if hi < 0 {
            hi += len;
        }
        let lo = lo.clamp(0, len) as usize;
        let hi = hi.clamp(lo as i64, len) as usize;
        // `string_slice`, `tupleslice` and `unicode_slice` return the object itself for a
        // slice covering all of it.
        if lo == 0
            && hi as i64 == len
            && !matches!(
                u.payload,
                Payload::List(_) | Payload::StructSeq(_) | Payload::ByteArray(_)
            )
        {
            return Ok(u.clone());
        }
        Ok(match &u.payload {
            Payload::List(l) => objects::new_list(l.borrow()[lo..hi].to_vec()),
            Payload::Tuple(t) => objects::new_tuple(t[lo..hi].to_vec()),
            Payload::StructSeq(s) => objects::new_tuple(s.visible()[lo..hi].to_vec()),
            Payload::Str(s) => objects::new_str(s.as_bytes()[lo..hi].to_vec()),
            Payload::Unicode(s) => objects::unicode::new_unicode(s.chars()[lo..hi].to_vec()),
            Payload::ByteArray(b) => {
                objects::bytearray::new_bytearray(b.bytes.borrow()[lo..hi].to_vec())
            }
            _ => unreachable!("checked above"),
        })
    }

    /// `u[v:w] = x` or, with `x` None, `del u[v:w]` (`STORE_SLICE+n`, `DELETE_SLICE+n`).
    pub fn assign_slice(
        &mut self,
        u: &ObjRef,
        v: Option<&ObjRef>,
        w: Option<&ObjRef>,
        x: Option<ObjRef>,
    ) -> PyResult<()> {
        if crate::protocols::slots::is_user(u) {
            let store = Some(x.clone().unwrap_or_else(crate::objects::null));
            if self.user_slice(u, v, w, store)?.is_some() {
                return Ok(());
            }
        }
        let Payload::List(items) = &u.payload else {
            // No `sq_ass_slice`: the bounds become a slice object for `PyObject_SetItem` or
            // `PyObject_DelItem`.
            let slice = PyObject::new(Payload::Slice(PySlice {
                start: v.cloned().unwrap_or_else(objects::none),
                stop: w.cloned().unwrap_or_else(objects::none),
                step: objects::none(),
            }));
            return match x {
                Some(x) => self.setitem(u, &slice, x),
                None => self.delitem(u, &slice),
            };
        };
        let len = items.borrow().len() as i64;
        let bound = |vm: &Vm, b: Option<&ObjRef>, default: i64| -> PyResult<i64> {
            match b {
                None => Ok(default),
                Some(o) => vm.index_value(o),
            }
        };
        let (mut lo, mut hi) = (bound(self, v, 0)?, bound(self, w, i64::MAX)?);
        if lo < 0 {
            lo += len;
        }
        if hi < 0 {
            hi += len;
        }
        let lo = lo.clamp(0, len) as usize;
        let hi = hi.clamp(lo as i64, len) as usize;
        let new_items = match &x {
            Some(x) => self.sequence_fast(x, "can only assign an iterable")?,
            None => Vec::new(),
        };
        let mut removed: Vec<ObjRef> = items.borrow_mut().splice(lo..hi, new_items).collect();
        // list_ass_slice releases the removed items last first.
        while let Some(item) = removed.pop() {
            drop(item);
        }
        Ok(())
    }

    /// `len(o)`.
    pub fn len(&mut self, obj: &ObjRef) -> PyResult<usize> {
        if crate::protocols::slots::is_user(obj) {
            if let Some(n) = self.user_len(obj)? {
                return Ok(n);
            }
        }
        self.builtin_len(obj)
    }

    /// `len(o)` by the payload alone.
    pub(crate) fn builtin_len(&mut self, obj: &ObjRef) -> PyResult<usize> {
        Ok(match &obj.payload {
            Payload::Str(s) => s.as_bytes().len(),
            Payload::Unicode(u) => u.chars().len(),
            Payload::Tuple(t) => t.len(),
            Payload::StructSeq(s) => s.visible().len(),
            Payload::List(l) => l.borrow().len(),
            Payload::Dict(d) => d.borrow().len(),
            Payload::DictView(v) => crate::builtins::dict_views::len(v),
            Payload::DictProxy(d) => d.as_dict().map(|t| t.borrow().len()).unwrap_or(0),
            Payload::Set(s) => s.borrow().len(),
            Payload::FrozenSet(s) => s.len(),
            Payload::Xrange(r) => r.len as usize,
            Payload::ByteArray(b) => b.bytes.borrow().len(),
            Payload::Native(n) if n.data.len(self).is_some() => {
                n.data.len(self).unwrap_or(Ok(0))?
            }
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(obj)
                )))
            }
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
        if crate::protocols::slots::is_user(container) {
            if let Some(r) = self.user_contains(container, item)? {
                return Ok(r);
            }
        }
        self.builtin_contains(container, item)
    }

    /// `item in container` by the payload alone.
    pub(crate) fn builtin_contains(&mut self, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
        match &container.payload {
            Payload::Unicode(_) | Payload::Str(_)
                if matches!(item.payload, Payload::Unicode(_))
                    || matches!(container.payload, Payload::Unicode(_)) =>
            {
                // `PyUnicode_Contains`: both sides as unicode.
                if !matches!(item.payload, Payload::Str(_) | Payload::Unicode(_)) {
                    return Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(item)
                    )));
                }
                let hay = crate::builtins::unicode_methods::coerce(self, container)?;
                let needle = crate::builtins::unicode_methods::coerce(self, item)?;
                Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle))
            }
            Payload::Str(s) => match &item.payload {
                Payload::Str(needle) => Ok(find(s.as_bytes(), needle.as_bytes()).is_some()),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Payload::Dict(_) => Ok(self.dict_get(container, item)?.is_some()),
            Payload::DictProxy(d) => {
                let d = d.clone();
                Ok(self.dict_get(&d, item)?.is_some())
            }
            Payload::Set(_) | Payload::FrozenSet(_) => self.set_contains(container, item),
            Payload::DictView(v) => crate::builtins::dict_views::contains(self, v, item),
            _ => {
                // `_PySequence_IterSearch`: any failure to iterate becomes its own TypeError.
                let it = match self.get_iter(container) {
                    Ok(it) => it,
                    Err(crate::error::PyErr::Exception(_)) => {
                        return Err(self.type_error(format!(
                            "argument of type '{}' is not iterable",
                            self.type_name(container)
                        )))
                    }
                    Err(fault) => return Err(fault),
                };
                // The searched value is the left operand (`list_contains`, `tuplecontains`
                // and `_PySequence_IterSearch` alike).
                while let Some(x) = self.iter_next(&it)? {
                    if self.rich_compare_bool(item, &x, CompareOp::Eq)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `unpack_iterable`: exactly `n` items, or CPython's ValueError.
    pub fn unpack_iterable(&mut self, v: &ObjRef, n: usize) -> PyResult<Vec<ObjRef>> {
        let it = self.get_iter(v)?;
        let mut items = Vec::with_capacity(n);
        while items.len() < n {
            match self.iter_next(&it)? {
                Some(x) => items.push(x),
                None => {
                    let got = items.len();
                    return Err(self.value_error(format!(
                        "need more than {got} value{} to unpack",
                        if got == 1 { "" } else { "s" }
                    )));
                }
            }
        }
        if self.iter_next(&it)?.is_some() {
            return Err(self.value_error("too many values to unpack"));
        }
        Ok(items)
    }

    /// Every item of an iterable, in order.
    pub fn collect_iterable(&mut self, v: &ObjRef) -> PyResult<Vec<ObjRef>> {
        self.collect_items(v, None, LengthHint::None)
    }

    /// The items of an iterable as `list(x)` and `tuple(x)` take them: after the iterator
    /// is made, `_PyObject_LengthHint` asks a Python-defined `__len__`.
    pub fn collect_sized_iterable(&mut self, v: &ObjRef) -> PyResult<Vec<ObjRef>> {
        self.collect_items(v, None, LengthHint::OfIterable)
    }

    fn collect_items(
        &mut self,
        v: &ObjRef,
        not_iterable: Option<&str>,
        hint: LengthHint,
    ) -> PyResult<Vec<ObjRef>> {
        match &v.payload {
            Payload::List(l) if v.heap.is_none() => return Ok(l.borrow().clone()),
            Payload::Tuple(t) if v.heap.is_none() => return Ok(t.to_vec()),
            _ => {}
        }
        let it = match (self.get_iter(v), not_iterable) {
            (Ok(it), _) => it,
            (Err(e), Some(message)) if self.exception_matches(&e, &self.types.exc.type_error) => {
                return Err(self.type_error(message))
            }
            (Err(e), _) => return Err(e),
        };
        match hint {
            LengthHint::None => {}
            LengthHint::OfIterable => {
                if crate::protocols::slots::is_user(v) {
                    self.length_hint(v)?;
                }
            }
            LengthHint::OfIterator => {
                if crate::protocols::slots::is_user(&it) {
                    self.get_iter(&it)?;
                    self.length_hint(&it)?;
                }
            }
        }
        let mut items = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            items.push(x);
        }
        Ok(items)
    }

    /// `PySequence_Fast`: `list(iter(v))` for anything but a list or tuple, so a
    /// Python-defined iterator is asked for its iterator again and for its length; a
    /// `TypeError` from asking `v` for its iterator becomes `message`.
    pub(crate) fn sequence_fast(&mut self, v: &ObjRef, message: &str) -> PyResult<Vec<ObjRef>> {
        self.collect_items(v, Some(message), LengthHint::OfIterator)
    }

    /// `f(*args)`: the items, or CPython's message for a non-iterable.
    pub(crate) fn sequence_for_call(
        &mut self,
        func: &ObjRef,
        stararg: &ObjRef,
    ) -> PyResult<Vec<ObjRef>> {
        match self.collect_sized_iterable(stararg) {
            Ok(items) => Ok(items),
            // A TypeError a generator raises is its own, not the iterable check's.
            Err(e)
                if self.exception_matches(&e, &self.types.exc.type_error)
                    && !matches!(stararg.payload, Payload::Generator(_)) =>
            {
                let (name, desc) = self.func_name_desc(func);
                Err(self.type_error(format!(
                    "{name}{desc} argument after * must be an iterable, not {}",
                    self.type_name(stararg)
                )))
            }
            Err(e) => Err(e),
        }
    }

    /// `f(**kwargs)`: a dict is used as it is; any other mapping is copied into a new dict
    /// with `PyDict_Update`, whose `AttributeError` (no `keys`) becomes CPython's message.
    pub(crate) fn kwargs_as_dict(&mut self, func: &ObjRef, mapping: &ObjRef) -> PyResult<ObjRef> {
        if mapping.as_dict().is_some() {
            return Ok(mapping.clone());
        }
        let d = crate::objects::new_dict(Default::default());
        match crate::builtins::dict_methods::merge_mapping(self, &d, mapping) {
            Ok(()) => Ok(d),
            Err(e) if self.exception_matches(&e, &self.types.exc.attribute_error) => {
                let (name, desc) = self.func_name_desc(func);
                Err(self.type_error(format!(
                    "{name}{desc} argument after ** must be a mapping, not {}",
                    self.type_name(mapping)
                )))
            }
            Err(e) => Err(e),
        }
    }
}

/// Whether an extended slice covers a whole immutable sequence, which then slices to itself.
fn is_whole(start: i64, step: i64, slicelen: i64, len: usize) -> bool {
    start == 0 && step == 1 && slicelen == len as i64
}

/// The items of an extended slice.
fn pick<T>(items: &[T], start: i64, step: i64, len: i64) -> Vec<&T> {
    (0..len)
        .map(|k| &items[(start + k * step) as usize])
        .collect()
}

/// First position of `needle` in `haystack`.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}
