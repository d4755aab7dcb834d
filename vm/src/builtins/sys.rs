//! The `sys` module: argv, path, modules, the standard streams, `exit`, `exc_info`, the
//! recursion limit, and the constants programs commonly read.

use super::functions::args;
use crate::error::PyResult;
use crate::objects::{
    self, new_int, new_str_from, new_tuple, none, Args, CallConv, MethodDef, ObjRef,
};
use crate::runtime::Vm;

fn sys_exit(vm: &mut Vm, _self: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "exit expected at most 1 arguments, got {}",
            args.pos.len()
        )));
    }
    let class = vm.types.exc.system_exit.clone();
    let value = match args.pos.first() {
        Some(code) => code.clone(),
        None => none(),
    };
    Err(vm.err_obj(&class, value))
}

fn sys_exc_info(vm: &mut Vm, _self: Option<&ObjRef>, _args: Args) -> PyResult<ObjRef> {
    let info = vm.exc_info.clone();
    Ok(new_tuple(vec![
        info.exc_type.unwrap_or_else(none),
        info.value.unwrap_or_else(none),
        info.traceback.unwrap_or_else(none),
    ]))
}

fn sys_exc_clear(vm: &mut Vm, _self: Option<&ObjRef>, _args: Args) -> PyResult<ObjRef> {
    vm.exc_info = Default::default();
    vm.mirror_exc_in_sys([Some(none()), Some(none()), Some(none())])?;
    Ok(none())
}

impl Vm {
    /// Python 2's `sys.exc_type`, `sys.exc_value` and `sys.exc_traceback`, which
    /// `set_exc_info`, `reset_exc_info` and `exc_clear` keep in step with the handled
    /// exception: each value is stored, or the name deleted where CPython sets NULL.
    pub fn mirror_exc_in_sys(&mut self, values: [Option<ObjRef>; 3]) -> PyResult<()> {
        let sys = self.sys.clone();
        let dict = self.module_dict(&sys);
        for (name, value) in ["exc_type", "exc_value", "exc_traceback"]
            .into_iter()
            .zip(values)
        {
            let key = new_str_from(name);
            match value {
                Some(v) => self.dict_set(&dict, key, v)?,
                None => {
                    self.dict_del(&dict, &key)?;
                }
            }
        }
        Ok(())
    }
}

fn sys_getrecursionlimit(vm: &mut Vm, _self: Option<&ObjRef>, _args: Args) -> PyResult<ObjRef> {
    Ok(new_int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, _self: Option<&ObjRef>, args: Args) -> PyResult<ObjRef> {
    let [limit] = args.pos else {
        return Err(vm.type_error(format!(
            "setrecursionlimit expected 1 arguments, got {}",
            args.pos.len()
        )));
    };
    let limit = vm.index_value(limit)?;
    if limit <= 0 {
        return Err(vm.value_error("recursion limit must be positive"));
    }
    // The VM's own stack is sized for depths far beyond CPython's default; keep a cap.
    vm.recursion_limit = limit.min(100_000) as u32;
    Ok(none())
}

/// `sys._getframe([depth])`: the frame `depth` calls below the innermost one.
fn sys_getframe(vm: &mut Vm, _self: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let depth = match args::parse(vm, &a, "_getframe", 0, 1)? {
        [depth] => args::c_int_arg(vm, depth)?,
        _ => 0,
    };
    let innermost = vm.frames.len().checked_sub(1);
    let wanted = innermost.and_then(|top| top.checked_sub(depth.max(0) as usize));
    match wanted.and_then(|d| vm.frame_object(d)) {
        Some(frame) => Ok(frame),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

pub static SYS_FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "exit",
        conv: CallConv::VarArgs,
        func: sys_exit,
    },
    MethodDef {
        name: "exc_info",
        conv: CallConv::NoArgs,
        func: sys_exc_info,
    },
    MethodDef {
        name: "exc_clear",
        conv: CallConv::NoArgs,
        func: sys_exc_clear,
    },
    MethodDef {
        name: "_getframe",
        conv: CallConv::VarArgs,
        func: sys_getframe,
    },
    MethodDef {
        name: "getrecursionlimit",
        conv: CallConv::NoArgs,
        func: sys_getrecursionlimit,
    },
    MethodDef {
        name: "setrecursionlimit",
        conv: CallConv::VarArgs,
        func: sys_setrecursionlimit,
    },
];

/// Fills `sys`'s dict: the functions above plus its data attributes.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let sys = vm.sys.clone();
    let dict = vm.module_dict(&sys);
    super::add_functions(vm, &dict, SYS_FUNCTIONS)?;
    let stream = |s| {
        objects::PyObject::new(objects::Payload::File(objects::file::PyFile {
            stream: s,
            softspace: std::cell::Cell::new(false),
            closed: std::cell::Cell::new(false),
        }))
    };
    use objects::file::StdStream;
    let modules = vm.modules.clone();
    let entries: Vec<(&str, ObjRef)> = vec![
        ("__name__", new_str_from("sys")),
        ("stdin", stream(StdStream::Stdin)),
        ("stdout", stream(StdStream::Stdout)),
        ("stderr", stream(StdStream::Stderr)),
        ("modules", modules),
        ("maxint", new_int(i64::MAX)),
        ("maxsize", new_int(i64::MAX)),
        ("byteorder", new_str_from("little")),
        ("platform", new_str_from("linux2")),
        ("version", new_str_from("2.7.18 (default)")),
        ("hexversion", new_int(0x020712f0)),
        (
            "version_info",
            new_tuple(vec![
                new_int(2),
                new_int(7),
                new_int(18),
                new_str_from("final"),
                new_int(0),
            ]),
        ),
        ("argv", objects::new_list(Vec::new())),
        ("path", objects::new_list(vec![new_str_from("")])),
        ("maxunicode", new_int(0x10ffff)),
        // Start-up code has handled an exception and reset it by the time a program runs,
        // which leaves `exc_type` None and the two others absent.
        ("exc_type", none()),
    ];
    for (name, value) in entries {
        vm.dict_set(&dict, new_str_from(name), value)?;
    }
    for name in ["stdin", "stdout", "stderr"] {
        let v = vm
            .dict_get(&dict, &new_str_from(name))?
            .unwrap_or_else(none);
        vm.dict_set(&dict, new_str_from(&format!("__{name}__")), v)?;
    }
    Ok(())
}
