//! The abstract object layer (CPython's Objects/abstract.c and friends): what the eval loop
//! and the built-ins do to any object — repr, truth, comparison, arithmetic, subscripts,
//! iteration, attributes, dict access, raising and printing — dispatched to the type files.

pub mod attr;
pub mod compare;
pub mod dict;
pub mod exceptions;
pub mod iter;
pub mod number;
pub mod print;
pub mod repr;
pub mod sequence;

use crate::error::PyResult;
use crate::objects::ObjRef;
use crate::runtime::Vm;

impl Vm {
    /// Calling a type object: an exception class makes an instance; built-in types construct.
    pub(crate) fn call_type(
        &mut self,
        ty: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        if self.is_subclass(ty, &self.types.exc.base_exception.clone()) {
            return self.construct_exception(ty, args);
        }
        if let Some(new) = crate::objects::native::constructor(ty) {
            return (new.func)(self, Some(ty), crate::objects::Args { pos: args, kw });
        }
        crate::builtins::constructors::construct(self, ty, args, kw)
    }
}
