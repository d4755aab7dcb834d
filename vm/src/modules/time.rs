//! `time` (Modules/timemodule.c), its run-independent part: `time()` and `clock()` read the
//! clocks, and `sleep()` checks its argument but does not wait (the VM has no real side
//! effects; a trace does not show time passing). The calendar functions and `struct_time`
//! are not implemented yet.

use std::time::{SystemTime, UNIX_EPOCH};

use super::{ModuleDef, Origin};
use crate::builtins::functions::to_f64;
use crate::def;
use crate::error::PyResult;
use crate::objects::{new_float, none, Args, MethodDef, ObjRef};
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "time",
    origin: Origin::Extension,
    functions: FUNCTIONS,
    init: None,
};

static FUNCTIONS: &[MethodDef] = &[
    def!("time", NoArgs, time),
    def!("clock", NoArgs, clock),
    def!("sleep", VarArgs, sleep),
];

/// Seconds since the epoch, as a float.
fn time(_vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(new_float(now))
}

/// Processor time used so far, approximated by the run's elapsed time.
fn clock(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(new_float(vm.elapsed().as_secs_f64()))
}

/// `time.sleep(secs)`: "d:sleep" parsing, and CPython's check for a negative time.
fn sleep(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = crate::builtins::functions::args::parse(vm, &a, "sleep", 1, 1)?;
    let secs = to_f64(vm, &args[0])?;
    if secs < 0.0 {
        return Err(vm.err(
            &vm.types.exc.io_error.clone(),
            "[Errno 22] Invalid argument",
        ));
    }
    Ok(none())
}
