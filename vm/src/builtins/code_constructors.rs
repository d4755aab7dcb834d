//! Calling `code` and `function` (`type(f.func_code)(...)`, `type(f)(code, globals)`): the
//! way protectors and hand-assembled bytecode build code at run time (`code_new` in
//! Objects/codeobject.c, `func_new` in Objects/funcobject.c), with their argument errors.
//! A code object built here is as untrusted as one read from a `.pyc`: the eval loop checks
//! every operand when it executes it.

use std::rc::Rc;

use super::functions::args::{c_int_arg, parse};
use super::functions::bind_keywords;
use crate::error::PyResult;
use crate::objects::{self, Args, ObjRef, Payload, PyCode};
use crate::runtime::Vm;

/// `code(argcount, nlocals, stacksize, flags, codestring, constants, names, varnames,
/// filename, name, firstlineno, lnotab[, freevars[, cellvars]])`.
pub fn make_code(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("code() takes no keyword arguments"));
    }
    let p = parse(vm, &a, "code", 12, 14)?;
    let int = |vm: &Vm, i: usize| -> PyResult<i64> { c_int_arg(vm, &p[i]).map(i64::from) };
    let (argcount, nlocals, stacksize, flags) =
        (int(vm, 0)?, int(vm, 1)?, int(vm, 2)?, int(vm, 3)?);
    let code = string_arg(vm, p, 4)?;
    let consts = tuple_arg(vm, p, 5)?;
    let names = tuple_arg(vm, p, 6)?;
    let varnames = tuple_arg(vm, p, 7)?;
    string_arg(vm, p, 8)?;
    string_arg(vm, p, 9)?;
    let firstlineno = int(vm, 10)?;
    let lnotab = string_arg(vm, p, 11)?;
    let freevars = if p.len() > 12 {
        tuple_arg(vm, p, 12)?
    } else {
        Vec::new()
    };
    let cellvars = if p.len() > 13 {
        tuple_arg(vm, p, 13)?
    } else {
        Vec::new()
    };
    if argcount < 0 {
        return Err(vm.value_error("code: argcount must not be negative"));
    }
    if nlocals < 0 {
        return Err(vm.value_error("code: nlocals must not be negative"));
    }
    for tuple in [&names, &varnames, &freevars, &cellvars] {
        if let Some(bad) = tuple.iter().find(|n| n.as_str_bytes().is_none()) {
            return Err(vm.type_error(format!(
                "name tuples must contain only strings, not '{}'",
                vm.type_name(bad)
            )));
        }
    }
    let code = PyCode {
        argcount: argcount as u32,
        nlocals: nlocals as u32,
        stacksize: stacksize as u32,
        flags: flags as u32,
        code,
        consts,
        names,
        varnames,
        freevars,
        cellvars,
        filename: p[8].clone(),
        name: p[9].clone(),
        firstlineno: firstlineno as i32,
        lnotab,
    };
    Ok(objects::PyObject::new(Payload::Code(Rc::new(code))))
}

/// `function(code, globals[, name[, argdefs[, closure]]])`.
pub fn make_function(vm: &mut Vm, a: Args) -> PyResult<ObjRef> {
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let bound = bind_keywords(vm, &a, "function", &names)?;
    for (i, required) in bound.iter().take(2).enumerate() {
        if required.is_none() {
            return Err(vm.type_error(format!(
                "Required argument '{}' (pos {}) not found",
                names[i],
                i + 1
            )));
        }
    }
    let arg = |i: usize| bound[i].clone().unwrap_or_else(objects::none);
    let (code, globals, name, defaults, closure) = (arg(0), arg(1), arg(2), arg(3), arg(4));
    let Payload::Code(c) = &code.payload else {
        return Err(wrong_type(vm, "function", 1, "code", &code));
    };
    if globals.as_dict().is_none() {
        return Err(wrong_type(vm, "function", 2, "dict", &globals));
    }
    if !name.is_none() && name.as_str_bytes().is_none() {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    if !defaults.is_none() && defaults.as_tuple().is_none() {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let nfree = c.freevars.len();
    let cells = match closure.as_tuple() {
        Some(cells) => cells.to_vec(),
        None if closure.is_none() && nfree == 0 => Vec::new(),
        None if closure.is_none() => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        None => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
    };
    if cells.len() != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            String::from_utf8_lossy(c.name_bytes()),
            cells.len()
        )));
    }
    if let Some(bad) = cells
        .iter()
        .find(|o| !matches!(o.payload, Payload::Cell(_)))
    {
        return Err(vm.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            vm.type_name(bad)
        )));
    }
    let defaults = (!defaults.is_none()).then_some(defaults);
    let closure = (nfree > 0).then_some(closure);
    let func = vm.new_function(&code, &globals, defaults, closure)?;
    if let (Payload::Function(f), false) = (&func.payload, name.is_none()) {
        *f.name.borrow_mut() = name;
    }
    Ok(func)
}

/// The `S` code: a `str`, its bytes.
fn string_arg(vm: &Vm, p: &[ObjRef], i: usize) -> PyResult<Vec<u8>> {
    p[i].as_str_bytes()
        .map(<[u8]>::to_vec)
        .ok_or_else(|| wrong_type(vm, "code", i + 1, "string", &p[i]))
}

/// The `O!` code with the tuple type: its items.
fn tuple_arg(vm: &Vm, p: &[ObjRef], i: usize) -> PyResult<Vec<ObjRef>> {
    p[i].as_tuple()
        .map(<[ObjRef]>::to_vec)
        .ok_or_else(|| wrong_type(vm, "code", i + 1, "tuple", &p[i]))
}

/// getargs.c's `converterr`: `NAME() argument N must be WHAT, not TYPE`.
fn wrong_type(vm: &Vm, func: &str, n: usize, what: &str, got: &ObjRef) -> crate::error::PyErr {
    let got = if got.is_none() {
        "None".to_string()
    } else {
        vm.type_name(got)
    };
    vm.type_error(format!("{func}() argument {n} must be {what}, not {got}"))
}
