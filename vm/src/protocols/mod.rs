//! The abstract object layer (CPython's Objects/abstract.c and friends): what the eval loop
//! and the built-ins do to any object — repr, truth, comparison, arithmetic, subscripts,
//! iteration, attributes, dict access, raising and printing — dispatched to the type files.

pub mod attr;
pub mod classes;
pub mod compare;
pub mod descr;
pub mod dict;
pub mod exceptions;
pub mod iter;
pub mod number;
pub mod print;
pub mod repr;
pub mod sequence;
pub mod slots;
pub mod text;

use crate::error::PyResult;
use crate::objects::{is, ObjRef};
use crate::runtime::Vm;

impl Vm {
    /// Calling a type object: an exception class makes an instance; built-in types construct.
    pub(crate) fn call_type(
        &mut self,
        ty: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        let t = &self.types;
        let a = crate::objects::Args { pos: args, kw };
        if is(ty, &t.property) {
            return crate::objects::property::construct(self, a);
        }
        if is(ty, &t.staticmethod) {
            return crate::objects::staticmethod::construct(self, a);
        }
        if is(ty, &t.classmethod) {
            return crate::objects::classmethod::construct(self, a);
        }
        if is(ty, &t.super_) {
            return crate::objects::super_object::construct(self, a);
        }
        if is(ty, &t.classobj) {
            return match args {
                [name, bases, dict] => self.new_old_style_class(name, bases, dict),
                _ => Err(self.type_error(format!(
                    "classobj() takes exactly 3 arguments ({} given)",
                    args.len()
                ))),
            };
        }
        let heap_or_native = ty.as_type().is_some_and(|t| t.heap || t.native.is_some());
        if heap_or_native || is(ty, &t.object) || (is(ty, &t.type_) && args.len() != 1) {
            return self.type_call(ty, args, kw);
        }
        if self.is_subclass(ty, &self.types.exc.base_exception.clone()) {
            return self.construct_exception(ty, args);
        }
        if let Some(desc) = self.struct_seq_types.desc_of(ty) {
            return crate::objects::structseq::construct(self, ty, desc, a);
        }
        crate::builtins::constructors::construct(self, ty, args, kw)
    }
}
