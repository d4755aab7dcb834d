//! `_sre` (Modules/_sre.c), the engine under CPython's own `re.py`, `sre_compile.py` and
//! `sre_parse.py`: `compile` turns the code list `sre_compile` produced into a pattern
//! object, `getcodesize` and `getlower` answer the compiler, and the module's constants
//! (`MAGIC`, `CODESIZE`, `MAXREPEAT`, `copyright`) let it check it matches.
//!
//! The three types (`_sre.SRE_Pattern`, `_sre.SRE_Match`, `_sre.SRE_Scanner`) are not in the
//! module's dict, as in CPython; the VM keeps them among its hidden types.

mod chars;
mod constants;
mod match_object;
mod matcher;
mod pattern;
mod scanner;
mod validate;

use num_bigint::BigInt;

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::{int_arg, parse};
use crate::def;
use crate::error::{PyErr, PyResult};
use crate::objects::native::new_native_type;
use crate::objects::{new_int, new_long, new_str_from, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;
use constants::*;
use matcher::EngineError;
use pattern::compile;

pub static MODULE: ModuleDef = ModuleDef {
    name: "_sre",
    origin: Origin::Builtin,
    functions: FUNCTIONS,
    init: Some(init),
};

static FUNCTIONS: &[MethodDef] = &[
    def!("compile", VarArgs, compile),
    def!("getcodesize", NoArgs, getcodesize),
    def!("getlower", VarArgs, getlower),
];

const COPYRIGHT: &str = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

const PATTERN_TYPE: &str = "_sre.SRE_Pattern";
const MATCH_TYPE: &str = "_sre.SRE_Match";
const SCANNER_TYPE: &str = "_sre.SRE_Scanner";

static NO_NEW: MethodDef = def!("__new__", Keywords, no_new);

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    for (name, methods) in [
        (PATTERN_TYPE, pattern::METHODS),
        (MATCH_TYPE, match_object::METHODS),
        (SCANNER_TYPE, scanner::METHODS),
    ] {
        let ty = new_native_type(vm, name, &object, methods, &NO_NEW)?;
        vm.hidden_types.push(ty);
    }
    let constants = [
        ("MAGIC", new_int(MAGIC)),
        ("CODESIZE", new_int(CODESIZE)),
        ("MAXREPEAT", new_long(BigInt::from(MAXREPEAT))),
        ("copyright", new_str_from(COPYRIGHT)),
    ];
    for (name, value) in constants {
        vm.dict_set(dict, new_str_from(name), value)?;
    }
    Ok(())
}

/// One of the module's types, by `tp_name`.
fn sre_type(vm: &Vm, name: &str) -> PyResult<ObjRef> {
    vm.hidden_types
        .iter()
        .rev()
        .find(|t| t.as_type().is_some_and(|t| t.name == name))
        .cloned()
        .ok_or_else(|| vm.system_error(format!("{name} is not ready")))
}

/// The types have no `tp_new`: only the module makes their instances.
fn no_new(vm: &mut Vm, ty: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let name = ty
        .and_then(|t| t.as_type().map(|t| t.name.clone()))
        .unwrap_or_default();
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

/// `getcodesize()`: the size of a code word.
fn getcodesize(_vm: &mut Vm, _: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(new_int(CODESIZE))
}

/// The `i` code: an int that fits a C int.
fn c_int_arg(vm: &Vm, obj: &ObjRef) -> PyResult<i32> {
    let v = int_arg(vm, obj)?;
    i32::try_from(v).map_err(|_| {
        vm.overflow_error(if v > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })
    })
}

/// `getlower(character, flags)`: the character lower-cased as the flags' mode does it.
fn getlower(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "getlower", 2, 2)?;
    let character = c_int_arg(vm, &a[0])?;
    let flags = c_int_arg(vm, &a[1])?;
    let lower = chars::lower_for_flags(flags as i64);
    // The C functions take the character as unsigned and return it as a C int.
    Ok(new_int(lower(character as u32) as i32 as i64))
}

/// A subject's characters, as `getstring` finds them.
#[derive(Clone, Copy)]
pub enum Text<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [u32]),
}

impl Text<'_> {
    pub fn char_count(&self) -> usize {
        match self {
            Text::Narrow(t) => t.len(),
            Text::Wide(t) => t.len(),
        }
    }
}

/// `getstring`: the characters of a `str` or `unicode` (or a subclass); anything else is
/// "expected string or buffer".
pub fn text_of<'a>(vm: &Vm, obj: &'a ObjRef) -> PyResult<Text<'a>> {
    match &obj.payload {
        Payload::Str(s) => Ok(Text::Narrow(s.as_bytes())),
        Payload::Unicode(u) => Ok(Text::Wide(u.chars())),
        _ => Err(vm.type_error("expected string or buffer")),
    }
}

/// Runs `$body` with `$t` bound to the subject's characters, whichever width they are.
macro_rules! with_text {
    ($text:expr, $t:ident => $body:expr) => {
        match $text {
            $crate::modules::sre::Text::Narrow($t) => $body,
            $crate::modules::sre::Text::Wide($t) => $body,
        }
    };
}
use with_text;

/// `state_init`'s clamping of `pos` and `endpos` to the subject.
pub fn clamp(index: i64, len: usize) -> usize {
    index.clamp(0, len as i64) as usize
}

/// `PySequence_GetSlice(string, i, j)`.
pub fn slice(vm: &mut Vm, string: &ObjRef, i: usize, j: usize) -> PyResult<ObjRef> {
    vm.apply_slice(string, Some(&new_int(i as i64)), Some(&new_int(j as i64)))
}

/// The engine's answer as Python sees it: its internal errors are `pattern_error`'s
/// RuntimeError.
pub fn engine_result(vm: &Vm, result: Result<bool, EngineError>) -> PyResult<bool> {
    match result {
        Ok(found) => Ok(found),
        Err(EngineError::Raised(e)) => Err(e),
        Err(EngineError::Internal) => {
            Err(vm.runtime_error("internal error in regular expression engine"))
        }
    }
}

/// The exception half of a result, for the lookups C makes and then clears; faults still
/// stop the run.
pub fn cleared<T>(result: PyResult<T>) -> PyResult<Option<T>> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(PyErr::Exception(_)) => Ok(None),
        Err(fault) => Err(fault),
    }
}

/// `call(SRE_PY_MODULE, function, args)`: a function of `re`, imported as
/// `PyImport_Import` does it.
pub fn call_re(vm: &mut Vm, function: &str, args: &[ObjRef]) -> PyResult<ObjRef> {
    let module = vm.import_module("re")?;
    let func = vm.getattr(&module, &new_str_from(function))?;
    vm.call_object(&func, args, &[])
}
