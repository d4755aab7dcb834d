//! Calls: the `CALL_FUNCTION` family as `call_function`/`ext_do_call` do it (including when
//! arguments leave the stack, which the trace shows), binding arguments to a Python function's
//! frame as `PyEval_EvalCodeEx` does (with its error messages), and `PyObject_Call` for the
//! calls built-in code makes.

use std::cell::RefCell;

use super::frame::Frame;
use super::{top, OpResult};
use crate::error::PyResult;
use crate::objects::code::{CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS};
use crate::objects::function::PyFunction;
use crate::objects::{self, new_tuple, none, Args, CallConv, ObjRef, Payload, PyObject};
use crate::runtime::Vm;
use crate::trace::TraceMode;

impl Vm {
    /// `CALL_FUNCTION`: `oparg` holds the positional count and, shifted by 8, the keyword count.
    pub(super) fn op_call_function<T: TraceMode>(&mut self, f: &mut Frame, oparg: u32) -> OpResult {
        let na = (oparg & 0xff) as usize;
        let nk = ((oparg >> 8) & 0xff) as usize;
        let n = na + 2 * nk;
        let pfunc = f
            .stack
            .len()
            .checked_sub(n + 1)
            .ok_or_else(super::stack_underflow)?;
        let func = f.stack[pfunc].clone();
        self.expose_caller_locals(f, &func, na + nk)?;
        let result = match &func.payload {
            Payload::Builtin(b) if nk == 0 && b.def.conv != CallConv::WrapperNoArgs => {
                self.call_builtin_from_stack::<T>(f, &func, b, na)
            }
            _ => {
                let (callee, na) = match &func.payload {
                    Payload::Method(m) if m.self_obj.is_some() => {
                        f.stack[pfunc] = m.self_obj.clone().unwrap_or_else(none);
                        (m.func.clone(), na + 1)
                    }
                    _ => (func.clone(), na),
                };
                if let Payload::Function(pf) = &callee.payload {
                    // fast_function: the arguments stay on the stack during the call.
                    let start = f.stack.len() - nk * 2 - na;
                    let kw: Vec<(ObjRef, ObjRef)> = f.stack[start + na..]
                        .chunks_exact(2)
                        .map(|p| (p[0].clone(), p[1].clone()))
                        .collect();
                    self.call_function_object(&callee, pf, &f.stack[start..start + na], &kw)
                } else {
                    self.do_call::<T>(f, &callee, na, nk)
                }
            }
        };
        self.finish_call::<T>(f, pfunc, func, result, true)
    }

    /// The end of every `CALL_FUNCTION*`: what the call freed is finalized, the arguments
    /// and callable leave the stack (`EXT_POP` in `call_function`, `POP` in the `_VAR_KW`
    /// forms), each release finalized where CPython's decref would run it, then the result
    /// is pushed.
    fn finish_call<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        pfunc: usize,
        func: ObjRef,
        result: PyResult<ObjRef>,
        ext: bool,
    ) -> OpResult {
        self.run_finalizers();
        while f.stack.len() > pfunc {
            if ext {
                self.ext_pop::<T>(f)?;
            } else {
                self.pop::<T>(f)?;
            }
            self.run_finalizers();
        }
        drop(func);
        self.run_finalizers();
        self.push_result::<T>(f, result)
    }

    /// Hands the frame's locals to a native function that reads them (`locals()`, …).
    fn expose_caller_locals(&mut self, f: &mut Frame, func: &ObjRef, nargs: usize) -> PyResult<()> {
        if let Payload::Builtin(b) = &func.payload {
            if b.self_obj.is_none()
                && crate::builtins::introspection::wants_caller_locals(b.def.name, nargs)
            {
                self.caller_locals = Some(self.fast_to_locals(f));
            }
        }
        Ok(())
    }

    /// A `PyCFunction` called without keywords: `METH_O` pops its argument and `METH_VARARGS`
    /// its argument tuple before the call.
    fn call_builtin_from_stack<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        func: &ObjRef,
        b: &objects::BuiltinFunction,
        na: usize,
    ) -> PyResult<ObjRef> {
        let self_obj = b.self_obj.clone();
        match b.def.conv {
            CallConv::NoArgs if na == 0 => {
                (b.def.func)(self, self_obj.as_ref(), Args::positional(&[]))
            }
            CallConv::O if na == 1 => {
                let arg = self.ext_pop::<T>(f)?;
                (b.def.func)(
                    self,
                    self_obj.as_ref(),
                    Args::positional(std::slice::from_ref(&arg)),
                )
            }
            CallConv::NoArgs | CallConv::O => Err(self.wrong_arg_count(func, b.def.conv, na)),
            CallConv::VarArgs | CallConv::Keywords => {
                let args = self.load_args::<T>(f, na)?;
                let result = (b.def.func)(self, self_obj.as_ref(), Args::positional(&args));
                drop(args);
                if na > 0 {
                    crate::runtime::trashcan::temporary_freed();
                }
                result
            }
            CallConv::WrapperNoArgs => {
                let args = self.load_args::<T>(f, na)?;
                self.call_builtin(func, b, &args, &[])
            }
        }
    }

    /// `err_args`: a `METH_NOARGS`/`METH_O` function given the wrong number of arguments.
    pub(crate) fn wrong_arg_count(
        &self,
        func: &ObjRef,
        conv: CallConv,
        given: usize,
    ) -> crate::error::PyErr {
        let name = match &func.payload {
            Payload::Builtin(b) => b.def.name,
            _ => "?",
        };
        match conv {
            CallConv::NoArgs => {
                self.type_error(format!("{name}() takes no arguments ({given} given)"))
            }
            CallConv::WrapperNoArgs => {
                self.type_error(format!("expected 0 arguments, got {given}"))
            }
            _ => self.type_error(format!(
                "{name}() takes exactly one argument ({given} given)"
            )),
        }
    }

    /// `load_args`: `na` arguments popped, last first, into call order.
    fn load_args<T: TraceMode>(&mut self, f: &mut Frame, na: usize) -> PyResult<Vec<ObjRef>> {
        let mut args = vec![none(); na];
        for i in (0..na).rev() {
            args[i] = self.ext_pop::<T>(f)?;
        }
        Ok(args)
    }

    /// `update_keyword_args`: `nk` key/value pairs popped (value, then key), each stored into
    /// the keyword dict as it leaves the stack, so the last keyword is inserted first. A key the
    /// dict already holds (from `**kwargs`) is an error.
    fn update_keyword_args<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        kwdict: &ObjRef,
        nk: usize,
        func: &ObjRef,
    ) -> PyResult<()> {
        for _ in 0..nk {
            let value = self.ext_pop::<T>(f)?;
            let key = self.ext_pop::<T>(f)?;
            if self.dict_get(kwdict, &key)?.is_some() {
                let (fname, desc) = self.func_name_desc(func);
                let key = String::from_utf8_lossy(key.as_str_bytes().unwrap_or(b"?")).into_owned();
                return Err(self.type_error(format!(
                    "{fname}{desc} got multiple values for keyword argument '{key}'"
                )));
            }
            self.dict_set(kwdict, key, value)?;
        }
        Ok(())
    }

    /// The keyword dict's items in its table order: what the callee iterates (`PyDict_Next`
    /// in `function_call`, `PyDict_Merge` in a built-in taking `**kw`).
    pub(crate) fn kwdict_items(kwdict: &ObjRef) -> Vec<(ObjRef, ObjRef)> {
        kwdict
            .as_dict()
            .map(|d| {
                d.borrow()
                    .entries()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `do_call`: keywords, then positionals popped; then `PyObject_Call` (or a direct call
    /// for a `PyCFunction`).
    fn do_call<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        func: &ObjRef,
        na: usize,
        nk: usize,
    ) -> PyResult<ObjRef> {
        let mut kw = Vec::new();
        if nk > 0 {
            let kwdict = objects::new_dict(Default::default());
            self.update_keyword_args::<T>(f, &kwdict, nk, func)?;
            kw = Self::kwdict_items(&kwdict);
        }
        let args = self.load_args::<T>(f, na)?;
        self.call_object_from_stack(func, &args, &kw)
    }

    /// `CALL_FUNCTION_VAR`, `_KW` and `_VAR_KW` (`ext_do_call`): `**kwargs` and `*args` are
    /// popped first, then keywords and positionals; the callable slot is cleared with `POP`.
    pub(super) fn op_call_function_var_kw<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        oparg: u32,
        var: bool,
        kw_flag: bool,
    ) -> OpResult {
        let mut na = (oparg & 0xff) as usize;
        let nk = ((oparg >> 8) & 0xff) as usize;
        let n = na + 2 * nk + var as usize + kw_flag as usize;
        let pfunc = f
            .stack
            .len()
            .checked_sub(n + 1)
            .ok_or_else(super::stack_underflow)?;
        let mut func = f.stack[pfunc].clone();
        if let Payload::Method(m) = &func.payload {
            if let Some(self_obj) = &m.self_obj {
                f.stack[pfunc] = self_obj.clone();
                func = m.func.clone();
                na += 1;
            }
        }
        let result = self.ext_do_call::<T>(f, &func, na, nk, var, kw_flag);
        self.finish_call::<T>(f, pfunc, func, result, false)
    }

    fn ext_do_call<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        func: &ObjRef,
        na: usize,
        nk: usize,
        var: bool,
        kw_flag: bool,
    ) -> PyResult<ObjRef> {
        let mut kwdict: Option<ObjRef> = None;
        if kw_flag {
            let mapping = self.ext_pop::<T>(f)?;
            kwdict = Some(self.kwargs_as_dict(func, &mapping)?);
        }
        let mut star: Vec<ObjRef> = Vec::new();
        if var {
            let stararg = self.ext_pop::<T>(f)?;
            star = self.sequence_for_call(func, &stararg)?;
        }
        if nk > 0 {
            // `PyDict_Copy` of the `**` dict, then the explicit keywords.
            let copy = objects::new_dict(Default::default());
            if let Some(orig) = &kwdict {
                crate::builtins::dict_methods::merge(self, &copy, orig)?;
            }
            self.update_keyword_args::<T>(f, &copy, nk, func)?;
            kwdict = Some(copy);
        }
        let kw = kwdict.as_ref().map(Self::kwdict_items).unwrap_or_default();
        let mut args = self.load_args::<T>(f, na)?;
        args.extend(star);
        self.call_object_from_stack(func, &args, &kw)
    }

    /// `PyEval_GetFuncName` and `PyEval_GetFuncDesc`, for call error messages.
    pub(crate) fn func_name_desc(&self, func: &ObjRef) -> (String, &'static str) {
        match &func.payload {
            Payload::Function(pf) => (
                String::from_utf8_lossy(pf.name.borrow().as_str_bytes().unwrap_or(b"?"))
                    .into_owned(),
                "()",
            ),
            Payload::Builtin(b) => (b.def.name.to_string(), "()"),
            Payload::Method(m) => self.func_name_desc(&m.func),
            Payload::Class(_) => (self.class_name(func), " constructor"),
            Payload::Instance(pi) => (self.class_name(&pi.class), " instance"),
            _ => (self.type_name(func), " object"),
        }
    }

    /// A call made by `do_call`/`ext_do_call`: a `PyCFunction` directly, anything else through
    /// `PyObject_Call` (which counts a recursion level).
    fn call_object_from_stack(
        &mut self,
        func: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        match &func.payload {
            Payload::Builtin(b) if b.def.conv != CallConv::WrapperNoArgs => {
                self.call_builtin(func, b, args, kw)
            }
            _ => self.call_object(func, args, kw),
        }
    }

    /// `PyObject_Call`: calls anything callable from built-in code.
    pub fn call_object(
        &mut self,
        func: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        self.enter_recursive_call(" while calling a Python object")?;
        let result = self.call_object_inner(func, args, kw);
        self.recursion_depth -= 1;
        result
    }

    fn call_object_inner(
        &mut self,
        func: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        match &func.payload {
            Payload::Function(pf) => self.call_function_object(func, pf, args, kw),
            Payload::Builtin(b) => self.call_builtin(func, b, args, kw),
            Payload::Method(m) => match &m.self_obj {
                Some(self_obj) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(self_obj.clone());
                    full.extend_from_slice(args);
                    let inner = m.func.clone();
                    self.call_object(&inner, &full, kw)
                }
                None => {
                    self.check_unbound_call(m, args)?;
                    let inner = m.func.clone();
                    self.call_object(&inner, args, kw)
                }
            },
            Payload::MethodDescr(def, owner) | Payload::WrapperDescr(def, owner) => {
                if let Some(t) = owner.as_type().filter(|t| t.native.is_some()) {
                    // `descr_check` for the methods of a native module's type.
                    let received = args.first().map(|s| (self.isinstance(s, owner), s));
                    let message = match received {
                        None => format!(
                            "descriptor '{}' of '{}' object needs an argument",
                            def.name, t.name
                        ),
                        Some((false, s)) => format!(
                            "descriptor '{}' requires a '{}' object but received a '{}'",
                            def.name,
                            t.name,
                            self.type_name(s)
                        ),
                        Some((true, _)) => String::new(),
                    };
                    if !message.is_empty() {
                        return Err(self.type_error(message));
                    }
                }
                let Some((self_obj, rest)) = args.split_first() else {
                    return Err(self.type_error(format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        def.name,
                        owner.as_type().map(|t| t.short_name()).unwrap_or("?")
                    )));
                };
                let bound = objects::BuiltinFunction {
                    def,
                    self_obj: Some(self_obj.clone()),
                };
                let tmp = PyObject::new(Payload::Builtin(bound));
                match &tmp.payload {
                    Payload::Builtin(b) => self.call_builtin(&tmp, b, rest, kw),
                    _ => unreachable!(),
                }
            }
            _ if func.heap.is_some() || matches!(func.payload, Payload::Instance(_)) => {
                match self.call_instance(func, args, kw)? {
                    Some(r) => Ok(r),
                    None => match &func.payload {
                        Payload::Type(_) => self.call_type(func, args, kw),
                        _ => Err(self.type_error(format!(
                            "'{}' object is not callable",
                            self.type_name(func)
                        ))),
                    },
                }
            }
            Payload::Type(_) => self.call_type(func, args, kw),
            Payload::Class(_) => self.new_old_style_instance(func, args, kw),
            Payload::StaticMethod(_) | Payload::ClassMethod(_) => {
                Err(self.type_error(format!("'{}' object is not callable", self.type_name(func))))
            }
            Payload::Native(n) => {
                match n.data.call(self, func, args, kw) {
                    Some(result) => result,
                    None => Err(self
                        .type_error(format!("'{}' object is not callable", self.type_name(func)))),
                }
            }
            _ => Err(self.type_error(format!("'{}' object is not callable", self.type_name(func)))),
        }
    }

    /// `PyCFunction_Call`: checks the argument count the calling convention demands.
    pub(crate) fn call_builtin(
        &mut self,
        func: &ObjRef,
        b: &objects::BuiltinFunction,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        let self_obj = b.self_obj.clone();
        if b.def.conv == CallConv::WrapperNoArgs && !kw.is_empty() {
            return Err(self.type_error(format!(
                "wrapper {} doesn't take keyword arguments",
                b.def.name
            )));
        }
        if b.def.conv != CallConv::Keywords && !kw.is_empty() {
            return Err(self.type_error(format!("{}() takes no keyword arguments", b.def.name)));
        }
        match b.def.conv {
            CallConv::NoArgs | CallConv::WrapperNoArgs if !args.is_empty() => {
                Err(self.wrong_arg_count(func, b.def.conv, args.len()))
            }
            CallConv::O if args.len() != 1 => {
                Err(self.wrong_arg_count(func, b.def.conv, args.len()))
            }
            _ => (b.def.func)(self, self_obj.as_ref(), Args { pos: args, kw }),
        }
    }

    /// Calls a Python function: binds arguments into a new frame and runs it (or returns a
    /// generator for a generator function).
    pub(crate) fn call_function_object(
        &mut self,
        func: &ObjRef,
        pf: &PyFunction,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        let code_obj = pf.code.borrow().clone();
        let Payload::Code(code) = &code_obj.payload else {
            return Err(self.system_error("function without a code object"));
        };
        let code = code.clone();
        let builtins = self.builtins_for(&pf.globals);
        let locals = super::exec::frame_locals(&code, &pf.globals, None);
        let mut frame = Frame::new(
            code_obj.clone(),
            code.clone(),
            pf.globals.clone(),
            builtins,
            locals,
        );
        let defaults: Vec<ObjRef> = match &*pf.defaults.borrow() {
            Some(d) => d.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
            None => Vec::new(),
        };
        self.bind_arguments(&mut frame, &defaults, args, kw)?;
        self.init_cells(&mut frame, pf.closure.as_ref())?;
        let _ = func;
        if code.flags & CO_GENERATOR != 0 {
            return Ok(self.new_generator(&code_obj, frame));
        }
        self.run_to_end(frame)
    }

    /// The builtins a frame with these globals sees: `globals['__builtins__']` (a module's
    /// dict, or a dict), else the VM's.
    pub(crate) fn builtins_for(&mut self, globals: &ObjRef) -> ObjRef {
        let key = objects::new_str_from("__builtins__");
        let found = self.dict_get(globals, &key).ok().flatten();
        match found {
            Some(b) => match &b.payload {
                Payload::Module(m) => m.dict.clone(),
                Payload::Dict(_) => b,
                _ => self.builtins_dict.clone(),
            },
            None => self.builtins_dict.clone(),
        }
    }

    /// `PyEval_EvalCodeEx`'s argument binding, with CPython's messages.
    fn bind_arguments(
        &mut self,
        frame: &mut Frame,
        defaults: &[ObjRef],
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<()> {
        let code = frame.code.clone();
        let co_name = String::from_utf8_lossy(code.name_bytes()).into_owned();
        let argcount = code.argcount as usize;
        let flags = code.flags;
        let defcount = defaults.len();
        if frame.nfast
            < argcount + (flags & CO_VARARGS != 0) as usize + (flags & CO_VARKEYWORDS != 0) as usize
        {
            return Err(crate::error::PyErr::bad_bytecode(
                "co_nlocals is smaller than the arguments",
            ));
        }
        if argcount == 0 && flags & (CO_VARARGS | CO_VARKEYWORDS) == 0 {
            if !args.is_empty() || !kw.is_empty() {
                return Err(self.type_error(format!(
                    "{co_name}() takes no arguments ({} given)",
                    args.len() + kw.len()
                )));
            }
            return Ok(());
        }
        let mut kwdict: Option<ObjRef> = None;
        if flags & CO_VARKEYWORDS != 0 {
            let d = objects::new_dict(Default::default());
            let i = argcount + (flags & CO_VARARGS != 0) as usize;
            frame.set_fast(i, d.clone());
            kwdict = Some(d);
        }
        let mut n = args.len();
        if args.len() > argcount {
            if flags & CO_VARARGS == 0 {
                return Err(self.type_error(format!(
                    "{co_name}() takes {} {argcount} argument{} ({} given)",
                    if defcount > 0 { "at most" } else { "exactly" },
                    if argcount == 1 { "" } else { "s" },
                    args.len() + kw.len()
                )));
            }
            n = argcount;
        }
        for (i, a) in args[..n].iter().enumerate() {
            frame.set_fast(i, a.clone());
        }
        if flags & CO_VARARGS != 0 {
            frame.set_fast(argcount, new_tuple(args[n..].to_vec()));
        }
        for (key, value) in kw {
            if !matches!(key.payload, Payload::Str(_) | Payload::Unicode(_)) {
                return Err(self.type_error(format!("{co_name}() keywords must be strings")));
            }
            let slot = code.varnames[..argcount.min(code.varnames.len())]
                .iter()
                .position(|nm| objects::is(nm, key) || self.eq_quiet(nm, key));
            match slot {
                None => match &kwdict {
                    None => {
                        let k = String::from_utf8_lossy(key.as_str_bytes().unwrap_or(b"?"))
                            .into_owned();
                        return Err(self.type_error(format!(
                            "{co_name}() got an unexpected keyword argument '{k}'"
                        )));
                    }
                    Some(d) => self.dict_set(d, key.clone(), value.clone())?,
                },
                Some(j) => {
                    if frame.fast_value(j).is_some() {
                        let k = String::from_utf8_lossy(key.as_str_bytes().unwrap_or(b"?"))
                            .into_owned();
                        return Err(self.type_error(format!(
                            "{co_name}() got multiple values for keyword argument '{k}'"
                        )));
                    }
                    frame.set_fast(j, value.clone());
                }
            }
        }
        if args.len() < argcount {
            let m = argcount.saturating_sub(defcount);
            for i in args.len()..m {
                if frame.fast_value(i).is_none() {
                    let given = (0..argcount)
                        .filter(|&j| frame.fast_value(j).is_some())
                        .count();
                    return Err(self.type_error(format!(
                        "{co_name}() takes {} {m} argument{} ({given} given)",
                        if flags & CO_VARARGS != 0 || defcount > 0 {
                            "at least"
                        } else {
                            "exactly"
                        },
                        if m == 1 { "" } else { "s" }
                    )));
                }
            }
            let start = n.saturating_sub(m);
            for (i, def) in defaults.iter().enumerate().skip(start) {
                if frame.fast_value(m + i).is_none() {
                    frame.set_fast(m + i, def.clone());
                }
            }
        }
        Ok(())
    }

    /// Cells for `co_cellvars` (an argument's cell starts with its value), then the closure's.
    fn init_cells(&mut self, frame: &mut Frame, closure: Option<&ObjRef>) -> PyResult<()> {
        let code = frame.code.clone();
        let mut nargs = code.argcount as usize;
        nargs += (code.flags & CO_VARARGS != 0) as usize;
        nargs += (code.flags & CO_VARKEYWORDS != 0) as usize;
        for (i, cellname) in code.cellvars.iter().enumerate() {
            let arg = code.varnames[..nargs.min(code.varnames.len())]
                .iter()
                .position(|a| a.as_str_bytes() == cellname.as_str_bytes());
            let initial = arg.and_then(|j| frame.fast_value(j));
            frame.set_cell(i, objects::new_cell(initial));
        }
        if !code.freevars.is_empty() {
            let cells = closure.and_then(|c| c.as_tuple()).unwrap_or(&[]);
            if cells.len() != code.freevars.len() {
                return Err(crate::error::PyErr::bad_bytecode(
                    "closure does not match co_freevars",
                ));
            }
            for (i, cell) in cells.iter().enumerate() {
                frame.set_cell(code.cellvars.len() + i, cell.clone());
            }
        }
        Ok(())
    }

    /// `PyFunction_New` plus the defaults and closure: the name from `co_name`, the doc from
    /// a string first constant, `__module__` from the globals' `__name__`.
    pub(crate) fn new_function(
        &mut self,
        code: &ObjRef,
        globals: &ObjRef,
        defaults: Option<ObjRef>,
        closure: Option<ObjRef>,
    ) -> PyResult<ObjRef> {
        let Payload::Code(c) = &code.payload else {
            return Err(self.system_error("a function needs a code object"));
        };
        let doc = c
            .consts
            .first()
            .filter(|d| matches!(d.payload, Payload::Str(_) | Payload::Unicode(_)))
            .cloned()
            .unwrap_or_else(none);
        let module_key = objects::new_str_from("__name__");
        let module = self.dict_get(globals, &module_key)?.unwrap_or_else(none);
        Ok(PyObject::new(Payload::Function(PyFunction {
            code: RefCell::new(code.clone()),
            globals: globals.clone(),
            name: RefCell::new(c.name.clone()),
            defaults: RefCell::new(defaults),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            dict: RefCell::new(None),
        })))
    }

    /// `MAKE_FUNCTION` / `MAKE_CLOSURE`: code, then the closure tuple, then the defaults.
    pub(super) fn op_make_function<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        oparg: u32,
        closure: bool,
    ) -> OpResult {
        let code = self.pop::<T>(f)?;
        if !matches!(code.payload, Payload::Code(_)) {
            return Err(self
                .system_error("MAKE_FUNCTION needs a code object")
                .into());
        }
        let cells = if closure {
            Some(self.pop::<T>(f)?)
        } else {
            None
        };
        let defaults = if oparg > 0 {
            Some(new_tuple(self.pop_n::<T>(f, oparg as usize)?))
        } else {
            None
        };
        let globals = f.globals.clone();
        let func = self.new_function(&code, &globals, defaults, cells)?;
        self.push::<T>(f, func);
        Ok(())
    }

    #[allow(dead_code)]
    pub(crate) fn peek(&self, f: &Frame, n: usize) -> PyResult<ObjRef> {
        Ok(top(f, n)?.clone())
    }
}
