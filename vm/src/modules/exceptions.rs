//! `exceptions`: the built-in exception classes as a module (Python/exceptions.c), already
//! imported when a program starts.

use super::{ModuleDef, Origin};
use crate::error::PyResult;
use crate::objects::{new_str_from, ObjRef};
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "exceptions",
    origin: Origin::Builtin,
    functions: &[],
    init: Some(init),
};

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    for (name, class) in vm.types.exc.all() {
        vm.dict_set(dict, new_str_from(name), class)?;
    }
    Ok(())
}
