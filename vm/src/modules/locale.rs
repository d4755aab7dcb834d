//! `_locale` (Modules/_localemodule.c), the part `re` needs: `setlocale` queried for the
//! current locale, which is always the C locale the VM runs in, and the `LC_*` category
//! numbers. Changing the locale, `localeconv`, collation and `locale.Error` are not
//! implemented yet.

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::{int_arg, parse};
use crate::def;
use crate::error::{PyErr, PyResult};
use crate::objects::{new_int, new_str_from, Args, MethodDef, ObjRef};
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "_locale",
    origin: Origin::Extension,
    functions: FUNCTIONS,
    init: Some(init),
};

static FUNCTIONS: &[MethodDef] = &[def!("setlocale", VarArgs, setlocale)];

/// glibc's category numbers.
const CATEGORIES: &[(&str, i64)] = &[
    ("LC_CTYPE", 0),
    ("LC_TIME", 2),
    ("LC_COLLATE", 3),
    ("LC_MONETARY", 4),
    ("LC_MESSAGES", 5),
    ("LC_NUMERIC", 1),
    ("LC_ALL", 6),
];

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    for (name, value) in CATEGORIES {
        vm.dict_set(dict, new_str_from(name), new_int(*value))?;
    }
    vm.dict_set(dict, new_str_from("CHAR_MAX"), new_int(127))
}

/// `setlocale(category)`: the C locale's name.
fn setlocale(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "setlocale", 1, 2)?;
    int_arg(vm, &a[0])?;
    match a.get(1) {
        Some(locale) if !locale.is_none() => Err(PyErr::unsupported("changing the locale")),
        _ => Ok(new_str_from("C")),
    }
}
