//! `strop` (Modules/stropmodule.c), the part `string.py` takes from it at import:
//! `maketrans` and the C locale's `whitespace`, `lowercase` and `uppercase`. The module's
//! deprecated string functions are not implemented yet.

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::parse;
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_str, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "strop",
    origin: Origin::Extension,
    functions: FUNCTIONS,
    init: Some(init),
};

static FUNCTIONS: &[MethodDef] = &[def!("maketrans", VarArgs, maketrans)];

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let class = |test: fn(&u8) -> bool| new_str((0..=255u8).filter(test).collect());
    let constants = [
        ("whitespace", class(|c| matches!(c, 9..=13 | 32))),
        ("lowercase", class(u8::is_ascii_lowercase)),
        ("uppercase", class(u8::is_ascii_uppercase)),
    ];
    for (name, value) in constants {
        vm.dict_set(dict, crate::objects::new_str_from(name), value)?;
    }
    Ok(())
}

/// The bytes of a `t#` argument.
fn buffer(vm: &Vm, obj: &ObjRef) -> PyResult<Vec<u8>> {
    match &obj.payload {
        Payload::Str(s) => Ok(s.as_bytes().to_vec()),
        _ => Err(vm.type_error(
            "maketrans() argument 1 must be string or read-only character buffer, not ".to_string()
                + &vm.type_name(obj),
        )),
    }
}

/// `maketrans(frm, to)`: a 256-character translation table.
fn maketrans(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "maketrans", 2, 2)?;
    let (from, to) = (buffer(vm, &a[0])?, buffer(vm, &a[1])?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_str(table))
}
