//! One run of a `.pyc`: sets up `__main__` as docs/trace-format.md section 5 describes, runs
//! it on a large-stack thread, streams its output, and turns the ending into an exit status
//! the way the interpreter's top level does (`SystemExit`, uncaught exceptions, faults).

use std::io::Write;
use std::panic::AssertUnwindSafe;
use std::rc::Rc;
use std::sync::mpsc;

use crate::error::{PyErr, PyException};
use crate::eval::frame::ActiveFrame;
use crate::objects::{self, new_str_from, ObjRef, Payload, PyCode};
use crate::runtime::output::{Chunk, Output};
use crate::runtime::Vm;
use crate::{Outcome, RunConfig};

/// Stack for the VM thread: deep Python recursion (1000 frames) plus nested reprs and calls.
const VM_STACK_BYTES: usize = 1 << 30;

pub fn run(
    pyc: &[u8],
    config: &RunConfig,
    stdout: &mut (dyn Write + Send),
    stderr: &mut (dyn Write + Send),
) -> Outcome {
    let (tx, rx) = mpsc::sync_channel::<Chunk>(64);
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("pztrace-vm".into())
            .stack_size(VM_STACK_BYTES)
            .spawn_scoped(scope, move || {
                let out = Output::new(tx.clone(), config.limits.max_output);
                let result =
                    std::panic::catch_unwind(AssertUnwindSafe(|| run_on_vm(pyc, config, out)));
                match result {
                    Ok(outcome) => outcome,
                    Err(panic) => {
                        let what = panic
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| panic.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "unknown".into());
                        let msg = format!("pztrace: internal error: {what}\n");
                        let _ = tx.send(Chunk::Stderr(msg.clone().into_bytes()));
                        Outcome::Fault(msg.trim_end().to_string())
                    }
                }
            });
        let worker = match worker {
            Ok(w) => w,
            Err(e) => {
                let msg = format!("pztrace: cannot start the VM thread: {e}");
                let _ = writeln!(stderr, "{msg}");
                return Outcome::Fault(msg);
            }
        };
        for chunk in rx {
            let _ = match chunk {
                Chunk::Stdout(bytes) => stdout.write_all(&bytes),
                Chunk::Stderr(bytes) => stdout.flush().and_then(|_| stderr.write_all(&bytes)),
            };
        }
        let _ = stdout.flush();
        let _ = stderr.flush();
        worker
            .join()
            .unwrap_or_else(|_| Outcome::Fault("pztrace: the VM thread died".into()))
    })
}

fn run_on_vm(pyc: &[u8], config: &RunConfig, out: Output) -> Outcome {
    let mut vm = Vm::new(config.limits.clone(), config.trace, out);
    vm.stdin = config.stdin.clone();
    vm.source_dir = config.source_dir.clone();
    let outcome = match crate::marshal::load_pyc(pyc) {
        Ok(code) => vm
            .init_import(config.stdlib.as_deref())
            .and_then(|()| run_main(&mut vm, &code, config)),
        Err(e) => Err(PyErr::Fault(Box::new(e))),
    };
    let outcome = finish(&mut vm, outcome);
    let outcome = match outcome {
        Outcome::Fault(_) => outcome,
        _ => match clear_main(&mut vm) {
            Ok(()) => outcome,
            Err(e) => finish(&mut vm, Err(e)),
        },
    };
    vm.out.flush();
    // Whatever the VM still holds is freed now, while the finalizer queue can take the
    // generators it releases, and the queue is then emptied one frame at a time.
    drop(vm);
    crate::runtime::finalize::discard_pending();
    outcome
}

/// The part of `Py_Finalize` a program can observe: `PyImport_Cleanup` clears `__main__`
/// first, as `_PyModule_Clear` does — the names starting with a single underscore, then every
/// name but `__builtins__`, each replaced by None in dict order — and the generators those
/// globals held are closed as they are freed (untraced, no frame being active).
///
/// What the ending itself released (the uncaught exception's traceback and the frames'
/// locals it kept) is closed first, as the reference's runner lets go of it before that.
fn clear_main(vm: &mut Vm) -> Result<(), PyErr> {
    vm.frames.clear();
    vm.run_finalizers();
    let main_key = new_str_from("__main__");
    let modules = vm.modules.clone();
    let Some(main) = vm.dict_get(&modules, &main_key)? else {
        return Ok(());
    };
    let Payload::Module(m) = &main.payload else {
        return Ok(());
    };
    let globals = m.dict.clone();
    fn single_underscore(name: &[u8]) -> bool {
        name.first() == Some(&b'_') && name.get(1) != Some(&b'_')
    }
    fn not_builtins(name: &[u8]) -> bool {
        name != b"__builtins__"
    }
    let passes: [fn(&[u8]) -> bool; 2] = [single_underscore, not_builtins];
    for clears in passes {
        let keys: Vec<ObjRef> = match globals.as_dict() {
            Some(d) => d.borrow().entries().map(|(k, _)| k.clone()).collect(),
            None => return Ok(()),
        };
        for key in keys {
            let Some(name) = key.as_str_bytes() else {
                continue;
            };
            if !clears(name) || vm.dict_get(&globals, &key)?.is_none_or(|v| v.is_none()) {
                continue;
            }
            vm.dict_set(&globals, key.clone(), objects::none())?;
            vm.run_finalizers();
        }
    }
    vm.check_pending_fault()
}

/// Creates `__main__` (globals in CPython's order), sets `sys.argv`, and runs the module.
fn run_main(vm: &mut Vm, code_object: &ObjRef, config: &RunConfig) -> Result<(), PyErr> {
    let Payload::Code(_) = &code_object.payload else {
        return Err(PyErr::fault(
            crate::error::FaultKind::BadPyc,
            "the .pyc does not hold a code object",
        ));
    };
    let globals = objects::new_dict(Default::default());
    let main = crate::builtins::module::new_module(&globals);
    let file_name = config.argv.first().cloned().unwrap_or_default();
    let builtins = vm.builtins.clone();
    for (key, value) in [
        ("__name__", new_str_from("__main__")),
        ("__doc__", objects::none()),
        ("__package__", objects::none()),
        ("__builtins__", builtins),
        ("__file__", new_str_from(&file_name)),
    ] {
        vm.dict_set(&globals, new_str_from(key), value)?;
    }
    let modules = vm.modules.clone();
    vm.dict_set(&modules, new_str_from("__main__"), main)?;
    let argv: Vec<ObjRef> = config.argv.iter().map(|a| new_str_from(a)).collect();
    let sys_dict = vm.module_dict(&vm.sys.clone());
    vm.dict_set(&sys_dict, new_str_from("argv"), objects::new_list(argv))?;
    // CPython runs the module under the runner's frame, whose globals hold `__pztrace__`
    // and which counts one level of recursion; the VM stands in for it.
    let runner_globals = objects::new_dict(Default::default());
    vm.dict_set(
        &runner_globals,
        new_str_from("__pztrace__"),
        objects::new_int(1),
    )?;
    let runner = runner_frame(vm, runner_globals);
    vm.frames.push(runner);
    vm.recursion_depth = 1;
    vm.eval_code(code_object, &globals, None).map(drop)
}

/// The runner's frame as the program sees it on its `f_back` chain: the reference's runner
/// script (`cpython-patches/pzrun.py`), given to `-c` (so its file is `<string>`), runs the
/// program from its line 44, at offset 452 of its module code; these follow that script.
fn runner_frame(vm: &Vm, globals: ObjRef) -> ActiveFrame {
    const RUNNER_LINE: i32 = 44;
    const RUNNER_LASTI: i32 = 452;
    let code = PyCode {
        argcount: 0,
        nlocals: 0,
        stacksize: 0,
        flags: 0,
        code: Vec::new(),
        consts: Vec::new(),
        names: Vec::new(),
        varnames: Vec::new(),
        freevars: Vec::new(),
        cellvars: Vec::new(),
        filename: new_str_from("<string>"),
        name: new_str_from("<module>"),
        firstlineno: RUNNER_LINE,
        lnotab: Vec::new(),
    };
    ActiveFrame {
        code_object: objects::PyObject::new(Payload::Code(Rc::new(code))),
        builtins: vm.builtins_dict.clone(),
        locals: Some(globals.clone()),
        globals,
        slots: Rc::new([]),
        lasti: RUNNER_LASTI,
        saved_exc: None,
        object: None,
    }
}

/// The top level's ending: `Py_FlushLine`, then `SystemExit` handling or the traceback.
fn finish(vm: &mut Vm, result: Result<(), PyErr>) -> Outcome {
    // The runner's frame has ended: Python code run while reporting (an exception class's
    // `__str__`) is not traced.
    vm.frames.clear();
    let outcome = match report(vm, result) {
        Outcome::Exited(status) => call_exitfunc(vm, status),
        fault => fault,
    };
    if matches!(outcome, Outcome::Exited(_)) {
        vm.clear_main_module();
    }
    outcome
}

/// `call_sys_exitfunc`, the first step of `Py_Finalize`: `sys.exitfunc` (which the `atexit`
/// module sets) is taken out of `sys` and called. A `SystemExit` it raises sets the exit
/// status; any other exception is reported after `Error in sys.exitfunc:`.
fn call_exitfunc(vm: &mut Vm, status: i32) -> Outcome {
    let sys_dict = vm.module_dict(&vm.sys.clone());
    let key = new_str_from("exitfunc");
    let func = match vm.dict_get(&sys_dict, &key) {
        Ok(Some(func)) => func,
        Ok(None) => return Outcome::Exited(status),
        Err(e) => return report(vm, Err(e)),
    };
    if let Err(e) = vm.dict_del(&sys_dict, &key) {
        return report(vm, Err(e));
    }
    let outcome = match vm.call_object(&func, &[], &[]) {
        Ok(_) => Outcome::Exited(status),
        Err(PyErr::Exception(e)) if is_system_exit(vm, &e) => {
            Outcome::Exited(system_exit_status(vm, *e))
        }
        Err(PyErr::Exception(e)) => {
            vm.flush_line();
            vm.out.flush();
            vm.out.write_err(b"Error in sys.exitfunc:\n");
            match call_excepthook(vm, *e) {
                Ok(()) => Outcome::Exited(status),
                Err(ending) => report(vm, Err(ending)),
            }
        }
        Err(fault) => report(vm, Err(fault)),
    };
    vm.flush_line();
    outcome
}

/// The run's result reported as the interpreter's top level does.
fn report(vm: &mut Vm, result: Result<(), PyErr>) -> Outcome {
    match result {
        Ok(()) => {
            vm.flush_line();
            Outcome::Exited(0)
        }
        Err(PyErr::Exception(e)) => {
            vm.flush_line();
            if vm.is_subclass(&e.exc_type, &vm.types.exc.system_exit.clone()) {
                return Outcome::Exited(system_exit_status(vm, *e));
            }
            match call_excepthook(vm, *e) {
                Ok(()) => Outcome::Exited(1),
                Err(ending) => report(vm, Err(ending)),
            }
        }
        Err(PyErr::Fault(f)) => {
            vm.out.flush();
            let msg = format!("pztrace: {f}");
            vm.out.write_err(format!("{msg}\n").as_bytes());
            Outcome::Fault(msg)
        }
    }
}

/// The runner hands an uncaught exception to `sys.excepthook` (the built-in one prints the
/// traceback). A hook of the program's that raises is called again with its own exception
/// (`PyErr_PrintEx`), and if that fails too both are printed; a `SystemExit` it raises ends
/// the run as any would. (The reference's tracebacks of these last cases also show a line of
/// its runner, which the VM does not have.)
fn call_excepthook(vm: &mut Vm, e: PyException) -> Result<(), PyErr> {
    let hook = match vm.sys_attr("excepthook") {
        Ok(Some(hook)) if !hook.is_none() => hook,
        _ => {
            vm.out.flush();
            vm.out.write_err(b"sys.excepthook is missing\n");
            vm.print_exception(e);
            return Ok(());
        }
    };
    if vm.is_builtin_excepthook(&hook) {
        vm.print_exception(e);
        return Ok(());
    }
    let first = match run_hook(vm, &hook, e) {
        Ok(()) => return Ok(()),
        Err(PyErr::Exception(failure)) if !is_system_exit(vm, &failure) => *failure,
        Err(other) => return Err(other),
    };
    let second = match run_hook(vm, &hook, clone_exception(&first)) {
        Ok(()) => return Ok(()),
        Err(PyErr::Exception(failure)) if !is_system_exit(vm, &failure) => *failure,
        Err(other) => return Err(other),
    };
    vm.flush_line();
    vm.out.flush();
    vm.out.write_err(b"Error in sys.excepthook:\n");
    vm.print_exception(second);
    vm.out.write_err(b"\nOriginal exception was:\n");
    vm.print_exception(first);
    Ok(())
}

fn is_system_exit(vm: &Vm, e: &PyException) -> bool {
    vm.is_subclass(&e.exc_type, &vm.types.exc.system_exit)
}

fn clone_exception(e: &PyException) -> PyException {
    PyException {
        exc_type: e.exc_type.clone(),
        value: e.value.clone(),
        traceback: e.traceback.clone(),
    }
}

/// `hook(type, value, traceback)` with the exception normalized, as `sys.exc_info()` gives it.
fn run_hook(vm: &mut Vm, hook: &ObjRef, e: PyException) -> Result<(), PyErr> {
    let (exc_type, value) = vm
        .normalize_exception(e.exc_type.clone(), e.value.clone())
        .unwrap_or((e.exc_type, e.value));
    let tb = e.traceback.unwrap_or_else(objects::none);
    vm.call_object(hook, &[exc_type, value, tb], &[]).map(drop)
}

/// `handle_system_exit`: None exits 0, an int exits with it, anything else is printed to
/// stderr and exits 1.
fn system_exit_status(vm: &mut Vm, e: PyException) -> i32 {
    let PyException {
        exc_type, value, ..
    } = e;
    let code = match vm.normalize_exception(exc_type, value.clone()) {
        Ok((_, instance)) => match &instance.payload {
            Payload::Exception(ex) => {
                let args = ex.args.borrow().clone();
                match args.as_tuple() {
                    Some([]) => objects::none(),
                    Some([one]) => one.clone(),
                    _ => args,
                }
            }
            _ => instance,
        },
        Err(_) => value,
    };
    match &code.payload {
        Payload::None => 0,
        Payload::Int(v) => *v as i32,
        Payload::Bool(b) => *b as i32,
        _ => {
            let mut text = vm.to_str(&code).unwrap_or_default();
            text.push(b'\n');
            vm.out.flush();
            vm.out.write_err(&text);
            1
        }
    }
}
