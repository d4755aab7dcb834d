//! `builtin_function_or_method`: a function implemented in Rust (CPython's `PyCFunction`).
//! Its calling convention matters to the trace: `call_function` pops a `METH_O` argument or a
//! `METH_VARARGS` tuple *before* calling, while a Python function keeps its arguments on the
//! stack until it returns (docs/trace-format.md, section 2.3).

use super::{address, ObjRef};
use crate::error::PyResult;
use crate::runtime::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallConv {
    /// `METH_NOARGS`
    NoArgs,
    /// `METH_O`: exactly one argument.
    O,
    /// `METH_VARARGS`: a tuple of positional arguments.
    VarArgs,
    /// `METH_VARARGS | METH_KEYWORDS`
    Keywords,
    /// A slot wrapper taking no arguments (`method-wrapper`, like a generator's `next`):
    /// called through `PyObject_Call`, so it never takes its arguments off the stack itself.
    WrapperNoArgs,
}

/// The arguments of a native call: positional, then keyword pairs in call order.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [ObjRef],
    pub kw: &'a [(ObjRef, ObjRef)],
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [ObjRef]) -> Self {
        Args { pos, kw: &[] }
    }
}

/// A native function: the VM, the bound `self` (None for module functions), the arguments.
pub type NativeFn = fn(&mut Vm, Option<&ObjRef>, Args) -> PyResult<ObjRef>;

/// One entry of a type's or module's method table (`PyMethodDef`).
pub struct MethodDef {
    pub name: &'static str,
    pub conv: CallConv,
    pub func: NativeFn,
}

pub struct BuiltinFunction {
    pub def: &'static MethodDef,
    pub self_obj: Option<ObjRef>,
}

/// `meth_repr`: `<built-in function NAME>` or `<built-in method NAME of TYPE object at ADDR>`.
pub fn repr(f: &BuiltinFunction, self_type_name: &str) -> Vec<u8> {
    match &f.self_obj {
        Some(obj) if f.def.conv == CallConv::WrapperNoArgs => format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            f.def.name,
            self_type_name,
            address(obj)
        )
        .into_bytes(),
        None => format!("<built-in function {}>", f.def.name).into_bytes(),
        Some(obj) => format!(
            "<built-in method {} of {} object at {:#x}>",
            f.def.name,
            self_type_name,
            address(obj)
        )
        .into_bytes(),
    }
}

/// A `MethodDef` table entry: `def!("name", O, func)` with the `CallConv` variant's name.
#[macro_export]
macro_rules! def {
    ($name:literal, $conv:ident, $func:ident) => {
        $crate::objects::MethodDef {
            name: $name,
            conv: $crate::objects::CallConv::$conv,
            func: $func,
        }
    };
}
