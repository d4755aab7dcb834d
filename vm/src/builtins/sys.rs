//! The `sys` module (Python/sysmodule.c, with what Python/pythonrun.c and Modules/main.c add
//! at start-up): its functions in `sys_methods` order and its data attributes, put in the
//! dict in the order CPython puts them there, so that `sys.__dict__` iterates alike.
//!
//! Where the reference's value depends on the machine or on how it was run:
//! - `prefix`, `exec_prefix` and `executable` name the reference install whose standard
//!   library the VM runs (the directory above its `lib/python2.7`, and `bin/python2.7`
//!   there), as `sys.path` already does; with no standard library they are empty strings.
//! - `version` carries 2.7.18's release date where the reference shows its build date and
//!   compiler; `cases/normalize.yaml` masks both.
//! - `flags`, `dont_write_bytecode` and `py3kwarning` are those of `python -S -E -B`.
//! - `builtin_module_names` is the reference's list: importing one the VM lacks is a fault,
//!   not an ImportError, so a program sees the same names either way.
//! - `getfilesystemencoding()` is `'UTF-8'`, the locale's codeset the start-up modules
//!   assume (`encodings.utf_8` is loaded).
//!
//! The session calls `excepthook` for an uncaught exception and `exitfunc` at the end of a
//! run, and `PRINT_EXPR` calls `displayhook`, each looked up in `sys` when it is needed.
//!
//! What the VM does not model: `getrefcount` (its reference counts are not CPython's) and
//! `setdefaultencoding` (it runs the codec registry's search) stop the run as unsupported;
//! `settrace` and `setprofile` store their function, which `gettrace` and `getprofile`
//! return, but the VM never calls it; `_current_frames` keys its one frame by a fixed
//! thread identifier.

use crate::builtins::functions::args::{self, c_int_arg, unpack};
use crate::def;
use crate::error::{PyErr, PyException, PyResult};
use crate::objects::structseq::{self, StructSeqDesc};
use crate::objects::{
    self, new_bool, new_float, new_int, new_str_from, new_tuple, none, Args, MethodDef, ObjRef,
    Payload,
};
use crate::runtime::Vm;

/// The interpreter state behind `sys`'s getters and setters.
pub struct SysState {
    /// `_Py_CheckInterval`.
    pub check_interval: i64,
    /// `interp->dlopenflags` (`RTLD_NOW`).
    pub dlopen_flags: i64,
    /// The functions given to `settrace` and `setprofile` (stored, never called).
    pub trace: Option<ObjRef>,
    pub profile: Option<ObjRef>,
}

impl Default for SysState {
    fn default() -> Self {
        SysState {
            check_interval: 100,
            dlopen_flags: 2,
            trace: None,
            profile: None,
        }
    }
}

/// `PY_VERSION_HEX` of 2.7.18 final.
const HEXVERSION: i64 = 0x0207_12f0;
/// `PYTHON_API_VERSION`.
const API_VERSION: i64 = 1013;
const VERSION: &str = "2.7.18 (default, Apr 20 2020, 00:00:00) \n[GCC]";
const COPYRIGHT: &str = "Copyright (c) 2001-2020 Python Software Foundation.\n\
All Rights Reserved.\n\
\n\
Copyright (c) 2000 BeOpen.com.\n\
All Rights Reserved.\n\
\n\
Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n\
All Rights Reserved.\n\
\n\
Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n\
All Rights Reserved.";

static FLAGS: StructSeqDesc = StructSeqDesc {
    name: "sys.flags",
    doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    fields: &[
        "debug",
        "py3k_warning",
        "division_warning",
        "division_new",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "tabcheck",
        "verbose",
        "unicode",
        "bytes_warning",
        "hash_randomization",
    ],
    n_in_sequence: 16,
    creatable: false,
};

/// `-B`, `-S` and `-E` are set, everything else is off.
const FLAG_VALUES: [i64; 16] = [0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0];

static VERSION_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.version_info",
    doc: "sys.version_info\n\nVersion information as a named tuple.",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_in_sequence: 5,
    creatable: false,
};

static FLOAT_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.float_info",
    doc: "sys.float_info\n\nA structseq holding information about the float type. It contains low level\n\
information about the precision and internal representation. Please study\n\
your system's :file:`float.h` for more information.",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    n_in_sequence: 11,
    creatable: true,
};

static LONG_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.long_info",
    doc: "sys.long_info\n\nA struct sequence that holds information about Python's\n\
internal representation of integers.  The attributes are read only.",
    fields: &["bits_per_digit", "sizeof_digit"],
    n_in_sequence: 2,
    creatable: true,
};

fn sys_callstats(_vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(none())
}

fn sys_clear_type_cache(_vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(none())
}

fn sys_displayhook(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let value = a.pos.first().cloned().unwrap_or_else(none);
    vm.builtin_display_hook(&value)?;
    Ok(none())
}

fn sys_exc_info(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    let info = vm.exc_info.clone();
    Ok(new_tuple(vec![
        info.exc_type.unwrap_or_else(none),
        info.value.unwrap_or_else(none),
        info.traceback.unwrap_or_else(none),
    ]))
}

fn sys_exc_clear(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    vm.exc_info = Default::default();
    vm.mirror_exc_in_sys([Some(none()), Some(none()), Some(none())])?;
    Ok(none())
}

/// `sys_excepthook`: `PyErr_Display` of the three values.
fn sys_excepthook(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let [exc_type, value, tb] = unpack(vm, &a, "excepthook", 3, 3)? else {
        return Err(vm.system_error("excepthook: bad arguments"));
    };
    let traceback = matches!(tb.payload, Payload::Traceback(_)).then(|| tb.clone());
    vm.print_exception(PyException {
        exc_type: exc_type.clone(),
        value: value.clone(),
        traceback,
    });
    Ok(none())
}

fn sys_exit(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let code = unpack(vm, &a, "exit", 0, 1)?
        .first()
        .cloned()
        .unwrap_or_else(none);
    let class = vm.types.exc.system_exit.clone();
    Err(vm.err_obj(&class, code))
}

fn sys_getdefaultencoding(_vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(new_str_from("ascii"))
}

fn sys_getdlopenflags(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(new_int(vm.sys_state.dlopen_flags))
}

fn sys_getfilesystemencoding(_vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(new_str_from("UTF-8"))
}

fn sys_getrefcount(_vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Err(PyErr::unsupported(
        "sys.getrefcount (the VM's reference counts are not CPython's)",
    ))
}

fn sys_getrecursionlimit(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(new_int(vm.recursion_limit as i64))
}

/// `getsizeof(object[, default])`: the default answers for a TypeError.
fn sys_getsizeof(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let bound =
        crate::builtins::functions::bind_keywords(vm, &a, "getsizeof", &["object", "default"])?;
    let Some(Some(obj)) = bound.first().cloned() else {
        return Err(vm.type_error("Required argument 'object' (pos 1) not found"));
    };
    match (vm.sizeof(&obj), bound.get(1).cloned().flatten()) {
        (Err(e), Some(default)) if vm.exception_matches(&e, &vm.types.exc.type_error.clone()) => {
            Ok(default)
        }
        (result, _) => result,
    }
}

fn sys_setdefaultencoding(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    args::parse(vm, &a, "setdefaultencoding", 1, 1)?;
    Err(PyErr::unsupported(
        "sys.setdefaultencoding (the codec registry's lookup)",
    ))
}

/// The `i` code of `PyArg_ParseTuple` for a function's single argument: a C int.
fn single_c_int(vm: &mut Vm, a: &Args, name: &str) -> PyResult<i64> {
    let [arg] = args::parse(vm, a, name, 1, 1)? else {
        return Err(vm.system_error("bad argument count"));
    };
    c_int_arg(vm, arg).map(i64::from)
}

fn sys_setcheckinterval(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    vm.sys_state.check_interval = single_c_int(vm, &a, "setcheckinterval")?;
    Ok(none())
}

fn sys_getcheckinterval(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(new_int(vm.sys_state.check_interval))
}

fn sys_setdlopenflags(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    vm.sys_state.dlopen_flags = single_c_int(vm, &a, "setdlopenflags")?;
    Ok(none())
}

/// A function for `settrace`/`setprofile`: None clears it.
fn hook_arg(a: &Args) -> Option<ObjRef> {
    a.pos.first().filter(|f| !f.is_none()).cloned()
}

fn sys_setprofile(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    vm.sys_state.profile = hook_arg(&a);
    Ok(none())
}

fn sys_getprofile(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(vm.sys_state.profile.clone().unwrap_or_else(none))
}

/// `setrecursionlimit(n)`: the limit the VM checks from then on.
fn sys_setrecursionlimit(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let limit = single_c_int(vm, &a, "setrecursionlimit")?;
    if limit <= 0 {
        return Err(vm.value_error("recursion limit must be positive"));
    }
    vm.recursion_limit = limit as u32;
    Ok(none())
}

fn sys_settrace(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    vm.sys_state.trace = hook_arg(&a);
    Ok(none())
}

fn sys_gettrace(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    Ok(vm.sys_state.trace.clone().unwrap_or_else(none))
}

/// `sys._getframe([depth])`: the frame `depth` calls below the innermost one.
fn sys_getframe(vm: &mut Vm, _self: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let depth = match args::parse(vm, &a, "_getframe", 0, 1)? {
        [depth] => c_int_arg(vm, depth)?,
        _ => 0,
    };
    let innermost = vm.frames.len().checked_sub(1);
    let wanted = innermost.and_then(|top| top.checked_sub(depth.max(0) as usize));
    match wanted.and_then(|d| vm.frame_object(d)) {
        Some(frame) => Ok(frame),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

/// The identifier `sys._current_frames()` gives the VM's one thread (CPython's is the
/// `pthread_t` of the main thread, which differs between runs).
const MAIN_THREAD_IDENT: i64 = 1;

/// `sys._current_frames()`: each thread's innermost frame, by thread identifier.
fn sys_current_frames(vm: &mut Vm, _: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    let frames = objects::new_dict(Default::default());
    if let Some(frame) = vm.current_frame_object() {
        vm.dict_set(&frames, new_int(MAIN_THREAD_IDENT), frame)?;
    }
    Ok(frames)
}

/// `call_tracing(func, args)`: `func(*args)`, `args` being a tuple.
fn sys_call_tracing(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let [func, args] = args::parse(vm, &a, "call_tracing", 2, 2)? else {
        return Err(vm.system_error("bad argument count"));
    };
    let Some(items) = args.as_tuple() else {
        return Err(vm.type_error(format!(
            "call_tracing() argument 2 must be tuple, not {}",
            vm.type_name(args)
        )));
    };
    let items = items.to_vec();
    vm.call_object(func, &items, &[])
}

/// `sys_methods`, in its order.
pub static SYS_FUNCTIONS: &[MethodDef] = &[
    def!("callstats", NoArgs, sys_callstats),
    def!("_clear_type_cache", NoArgs, sys_clear_type_cache),
    def!("_current_frames", NoArgs, sys_current_frames),
    def!("displayhook", O, sys_displayhook),
    def!("exc_info", NoArgs, sys_exc_info),
    def!("exc_clear", NoArgs, sys_exc_clear),
    def!("excepthook", VarArgs, sys_excepthook),
    def!("exit", VarArgs, sys_exit),
    def!("getdefaultencoding", NoArgs, sys_getdefaultencoding),
    def!("getdlopenflags", NoArgs, sys_getdlopenflags),
    def!("getfilesystemencoding", NoArgs, sys_getfilesystemencoding),
    def!("getrefcount", O, sys_getrefcount),
    def!("getrecursionlimit", NoArgs, sys_getrecursionlimit),
    def!("getsizeof", Keywords, sys_getsizeof),
    def!("_getframe", VarArgs, sys_getframe),
    def!("setdefaultencoding", VarArgs, sys_setdefaultencoding),
    def!("setcheckinterval", VarArgs, sys_setcheckinterval),
    def!("getcheckinterval", NoArgs, sys_getcheckinterval),
    def!("setdlopenflags", VarArgs, sys_setdlopenflags),
    def!("setprofile", O, sys_setprofile),
    def!("getprofile", NoArgs, sys_getprofile),
    def!("setrecursionlimit", VarArgs, sys_setrecursionlimit),
    def!("settrace", O, sys_settrace),
    def!("gettrace", NoArgs, sys_gettrace),
    def!("call_tracing", VarArgs, sys_call_tracing),
];

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

    /// Is `hook` the `sys.excepthook` the interpreter started with?
    pub fn is_builtin_excepthook(&self, hook: &ObjRef) -> bool {
        let builtin = SYS_FUNCTIONS.iter().find(|d| d.name == "excepthook");
        match (&hook.payload, builtin) {
            (Payload::Builtin(b), Some(def)) => b.self_obj.is_none() && std::ptr::eq(b.def, def),
            _ => false,
        }
    }
}

/// `PyFloat_GetInfo`: the IEEE double's constants.
fn float_info(vm: &mut Vm) -> PyResult<ObjRef> {
    let items = vec![
        new_float(f64::MAX),
        new_int(f64::MAX_EXP as i64),
        new_int(f64::MAX_10_EXP as i64),
        new_float(f64::MIN_POSITIVE),
        new_int(f64::MIN_EXP as i64),
        new_int(f64::MIN_10_EXP as i64),
        new_int(f64::DIGITS as i64),
        new_int(f64::MANTISSA_DIGITS as i64),
        new_float(f64::EPSILON),
        new_int(f64::RADIX as i64),
        new_int(1),
    ];
    structseq::new(vm, &FLOAT_INFO, items)
}

/// The install prefix of the standard library `lib/python2.7` (its grandparent).
fn install_prefix(stdlib: Option<&std::path::Path>) -> Option<std::path::PathBuf> {
    stdlib?.parent()?.parent().map(std::path::Path::to_path_buf)
}

/// Fills `sys`'s dict in CPython's order: the module's own names, the functions, then what
/// `_PySys_Init` sets, then what start-up sets later (their final values come from
/// `init_paths` and the session).
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let sys = vm.sys.clone();
    let dict = vm.module_dict(&sys);
    for (name, value) in [
        ("__name__", new_str_from("sys")),
        ("__doc__", none()),
        ("__package__", none()),
    ] {
        vm.dict_set(&dict, new_str_from(name), value)?;
    }
    super::add_functions(vm, &dict, SYS_FUNCTIONS)?;
    let stream = |s| {
        objects::PyObject::new(Payload::File(objects::file::PyFile {
            stream: s,
            softspace: std::cell::Cell::new(false),
            closed: std::cell::Cell::new(false),
        }))
    };
    use objects::file::StdStream;
    let (stdin, stdout, stderr) = (
        stream(StdStream::Stdin),
        stream(StdStream::Stdout),
        stream(StdStream::Stderr),
    );
    let get = |vm: &mut Vm, name: &str| -> PyResult<ObjRef> {
        Ok(vm
            .dict_get(&dict, &new_str_from(name))?
            .unwrap_or_else(none))
    };
    let displayhook = get(vm, "displayhook")?;
    let excepthook = get(vm, "excepthook")?;
    let names = crate::import::BUILTIN_MODULE_NAMES
        .iter()
        .map(|n| new_str_from(n))
        .collect();
    let cpython = || {
        new_tuple(vec![
            new_str_from("CPython"),
            new_str_from(""),
            new_str_from(""),
        ])
    };
    let flags = structseq::new(
        vm,
        &FLAGS,
        FLAG_VALUES.iter().map(|&v| new_int(v)).collect(),
    )?;
    let version_info = structseq::new(
        vm,
        &VERSION_INFO,
        vec![
            new_int(2),
            new_int(7),
            new_int(18),
            new_str_from("final"),
            new_int(0),
        ],
    )?;
    let long_info = structseq::new(vm, &LONG_INFO, vec![new_int(30), new_int(4)])?;
    let float_info = float_info(vm)?;
    let entries: Vec<(&str, ObjRef)> = vec![
        ("stdin", stdin.clone()),
        ("stdout", stdout.clone()),
        ("stderr", stderr.clone()),
        ("__stdin__", stdin),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("__displayhook__", displayhook),
        ("__excepthook__", excepthook),
        ("version", new_str_from(VERSION)),
        ("hexversion", new_int(HEXVERSION)),
        ("subversion", cpython()),
        ("_git", cpython()),
        ("dont_write_bytecode", new_bool(true)),
        ("api_version", new_int(API_VERSION)),
        ("copyright", new_str_from(COPYRIGHT)),
        ("platform", new_str_from("linux2")),
        ("executable", new_str_from("")),
        ("prefix", new_str_from("")),
        ("exec_prefix", new_str_from("")),
        ("maxsize", new_int(i64::MAX)),
        ("maxint", new_int(i64::MAX)),
        ("py3kwarning", new_bool(false)),
        ("float_info", float_info),
        ("long_info", long_info),
        ("maxunicode", new_int(0x10ffff)),
        ("builtin_module_names", new_tuple(names)),
        ("byteorder", new_str_from("little")),
        ("warnoptions", objects::new_list(Vec::new())),
        ("version_info", version_info),
        ("flags", flags),
        ("float_repr_style", new_str_from("short")),
        // Set later by start-up, in this order: the search path and the module table
        // (`Py_InitializeEx`), the import hooks (`_PyImportHooks_Init`), `exc_type` (an
        // exception handled while the codecs load leaves it None and the two others
        // absent), and `argv` (`PySys_SetArgv`).
        ("path", objects::new_list(vec![new_str_from("")])),
        ("modules", vm.modules.clone()),
        ("meta_path", objects::new_list(Vec::new())),
        ("path_importer_cache", objects::new_dict(Default::default())),
        ("path_hooks", objects::new_list(Vec::new())),
        ("exc_type", none()),
        ("argv", objects::new_list(Vec::new())),
    ];
    for (name, value) in entries {
        vm.dict_set(&dict, new_str_from(name), value)?;
    }
    Ok(())
}

/// The values that depend on where the standard library is: `prefix`, `exec_prefix` and
/// `executable` (see the module documentation).
pub fn init_paths(vm: &mut Vm, stdlib: Option<&std::path::Path>) -> PyResult<()> {
    let dict = vm.module_dict(&vm.sys.clone());
    let prefix = install_prefix(stdlib);
    let text = |p: Option<std::path::PathBuf>| match p {
        Some(p) => crate::import::path_str(&p),
        None => new_str_from(""),
    };
    let executable = prefix.as_ref().map(|p| p.join("bin").join("python2.7"));
    let values = [
        ("executable", text(executable)),
        ("prefix", text(prefix.clone())),
        ("exec_prefix", text(prefix)),
    ];
    for (name, value) in values {
        vm.dict_set(&dict, new_str_from(name), value)?;
    }
    Ok(())
}
