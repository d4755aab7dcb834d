//! The text of an object as either kind of string: `_PyObject_Str` (a `str` or a `unicode`,
//! whatever `__str__` gave) and `PyObject_Unicode` (`__unicode__` first, then `__str__`, the
//! result decoded with the default encoding), as `%s`, `unicode()` and `str.format` ask for
//! them (Objects/object.c, and `BaseException.__unicode__` of Objects/exceptions.c).

use crate::builtins::unicode_methods::coerce;
use crate::error::PyResult;
use crate::objects::{new_str, ObjRef, Payload};
use crate::protocols::slots::is_user;
use crate::runtime::Vm;

impl Vm {
    /// The type's `tp_str` called directly: what `__str__` returned for a user class, else
    /// the payload's `str`.
    pub(crate) fn tp_str_object(&mut self, obj: &ObjRef) -> PyResult<ObjRef> {
        if is_user(obj) {
            if let Some(r) = self.user_str_object(obj)? {
                return Ok(r);
            }
        }
        Ok(new_str(self.builtin_str(obj)?))
    }

    /// `_PyObject_Str`: an exact `str` or `unicode` as it is, else `tp_str`'s result (a
    /// recursion level), which must be a string of either kind.
    pub fn str_object(&mut self, obj: &ObjRef) -> PyResult<ObjRef> {
        if obj.heap.is_none() && matches!(obj.payload, Payload::Str(_) | Payload::Unicode(_)) {
            return Ok(obj.clone());
        }
        self.enter_recursive_call(" while getting the str of an object")?;
        let r = self.tp_str_object(obj);
        self.recursion_depth -= 1;
        let r = r?;
        if matches!(r.payload, Payload::Str(_) | Payload::Unicode(_)) {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "__str__ returned non-string (type {})",
            self.type_name(&r)
        )))
    }

    /// `PyObject_Unicode`: the code points of `unicode(obj)`.
    pub fn to_unicode(&mut self, obj: &ObjRef) -> PyResult<Vec<u32>> {
        if let (Payload::Unicode(u), None) = (&obj.payload, &obj.heap) {
            return Ok(u.chars().to_vec());
        }
        let result = match self.user_special(obj, "__unicode__")? {
            Some(method) => self.call_object(&method, &[], &[])?,
            None => match &obj.payload {
                Payload::Unicode(u) => return Ok(u.chars().to_vec()),
                Payload::Exception(_) => return self.exception_unicode(obj),
                Payload::Str(_) if obj.heap.is_none() => obj.clone(),
                _ => self.tp_str_object(obj)?,
            },
        };
        coerce(self, &result)
    }

    /// `BaseException.__unicode__`: a class with its own `__str__` gives that, decoded; else
    /// the lone argument's (or the argument tuple's) unicode text.
    fn exception_unicode(&mut self, obj: &ObjRef) -> PyResult<Vec<u32>> {
        let Payload::Exception(e) = &obj.payload else {
            return Ok(Vec::new());
        };
        let class = e.class.clone();
        let args = e.args.borrow().clone();
        let exc = &self.types.exc;
        let own_str = [
            &exc.key_error,
            &exc.environment_error,
            &exc.syntax_error,
            &exc.unicode_decode_error,
            &exc.unicode_encode_error,
            &exc.unicode_translate_error,
        ]
        .into_iter()
        .any(|t| self.is_subclass(&class, t))
            || self.heap_lookup(obj, "__str__")?.is_some();
        if own_str {
            let text = self.tp_str_object(obj)?;
            return self.to_unicode(&text);
        }
        let text = match args.as_tuple() {
            Some([]) => return Ok(Vec::new()),
            Some([item]) => item.clone(),
            _ => args,
        };
        // An argument may hold exceptions nested without bound, as CPython does not check.
        self.nested(|vm| vm.to_unicode(&text))
    }
}
