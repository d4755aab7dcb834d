//! `next()` on the built-in iterators (`listiterator`, `dictionary-keyiterator`, `enumerate`,
//! …). In CPython it is the `tp_iternext` slot seen through a slot wrapper, so it shows as
//! `<method-wrapper 'next' of listiterator object at …>` and raises a bare StopIteration at
//! the end.

use crate::def;
use crate::error::PyResult;
use crate::objects::{Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;

/// The slot wrappers of the iterator types.
pub static ITER_SLOTS: &[MethodDef] = &[def!("next", WrapperNoArgs, next)];

/// `wrap_next`.
fn next(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let is_iterator = |s: &&ObjRef| {
        matches!(s.payload, Payload::Iter(_)) || s.native().is_some_and(|n| n.is_iterator())
    };
    let Some(it) = slf.filter(is_iterator) else {
        return Err(vm.type_error("descriptor 'next' requires an iterator"));
    };
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration()),
    }
}
