//! Raising and reporting exceptions: `raise` (`do_raise`), normalizing a pending exception to
//! an instance (`PyErr_NormalizeException`), exception reprs and messages, and the traceback
//! printed for an uncaught exception (`PyErr_Display`, `PyTraceBack_Print`).

use std::cell::RefCell;

use crate::error::{PyErr, PyException, PyResult};
use crate::eval::frame::Why;
use crate::objects::exception::EnvironmentFields;
use crate::objects::{self, new_tuple, none, ObjRef, Payload, PyBaseException, PyObject};
use crate::runtime::Vm;

impl Vm {
    /// `PyExceptionClass_Check`: a subclass of BaseException, or any old-style class.
    pub(crate) fn is_exception_class(&self, obj: &ObjRef) -> bool {
        matches!(obj.payload, Payload::Class(_))
            || obj.as_type().is_some() && self.is_subclass(obj, &self.types.exc.base_exception)
    }

    /// A new instance of a built-in exception class with these arguments.
    pub fn new_exception(&self, class: &ObjRef, mut args: Vec<ObjRef>) -> ObjRef {
        let message = if args.len() == 1 {
            args[0].clone()
        } else {
            objects::new_str(Vec::new())
        };
        let environment = self
            .is_subclass(class, &self.types.exc.environment_error)
            .then(|| EnvironmentFields::from_args(&mut args));
        PyObject::new(Payload::Exception(PyBaseException {
            class: class.clone(),
            args: RefCell::new(new_tuple(args)),
            message: RefCell::new(message),
            environment,
            codec_position: RefCell::new(None),
        }))
    }

    /// `PyErr_NormalizeException`: turns (class, raw value) into (class, instance).
    pub fn normalize_exception(
        &mut self,
        exc_type: ObjRef,
        value: ObjRef,
    ) -> PyResult<(ObjRef, ObjRef)> {
        if !self.is_exception_class(&exc_type) {
            return Ok((exc_type, value));
        }
        if let Payload::Exception(e) = &value.payload {
            if self.is_subclass(&e.class, &exc_type) {
                let class = self.type_of(&value);
                let _ = e;
                return Ok((class, value));
            }
        }
        if let Payload::Instance(pi) = &value.payload {
            if self.is_subclass(&pi.class, &exc_type) {
                let class = pi.class.clone();
                return Ok((class, value));
            }
        }
        let args = match &value.payload {
            Payload::None => Vec::new(),
            Payload::Tuple(items) => items.to_vec(),
            _ => vec![value.clone()],
        };
        let instance = self.call_object(&exc_type, &args, &[])?;
        let class = self.exception_class_of(&instance);
        Ok((class, instance))
    }

    /// The class an exception instance is raised as: an old-style instance's class, else
    /// its type.
    fn exception_class_of(&self, instance: &ObjRef) -> ObjRef {
        match &instance.payload {
            Payload::Instance(pi) => pi.class.clone(),
            _ => self.type_of(instance),
        }
    }

    /// `do_raise`: the forms of `raise` 2.7 accepts. A traceback argument makes it a re-raise.
    pub fn do_raise(
        &mut self,
        exc: Option<ObjRef>,
        value: Option<ObjRef>,
        tb: Option<ObjRef>,
    ) -> Why {
        let Some(mut exc) = exc else {
            let info = self.exc_info.clone();
            return match info.exc_type {
                Some(t) if !t.is_none() => Why::Reraise(PyErr::Exception(Box::new(PyException {
                    exc_type: t,
                    value: info.value.unwrap_or_else(none),
                    traceback: info.traceback.filter(|t| !t.is_none()),
                }))),
                _ => Why::Exception(self.type_error("exceptions must be old-style classes or derived from BaseException, not NoneType")),
            };
        };
        let tb = tb.filter(|t| !t.is_none());
        if let Some(t) = &tb {
            if !matches!(t.payload, Payload::Traceback(_)) {
                return Why::Exception(self.type_error("raise: arg 3 must be a traceback or None"));
            }
        }
        let mut value = value.unwrap_or_else(none);
        while let Some(first) = exc.as_tuple().and_then(|t| t.first().cloned()) {
            exc = first;
        }
        let (exc_type, value) = if self.is_exception_class(&exc) {
            match self.normalize_exception(exc, value) {
                Ok(pair) => pair,
                Err(e) => return Why::Exception(e),
            }
        } else if matches!(exc.payload, Payload::Exception(_) | Payload::Instance(_)) {
            if !value.is_none() {
                return Why::Exception(
                    self.type_error("instance exception may not have a separate value"),
                );
            }
            value = exc.clone();
            (self.exception_class_of(&exc), value)
        } else {
            return Why::Exception(self.type_error(format!(
                "exceptions must be old-style classes or derived from BaseException, not {}",
                self.type_name(&exc)
            )));
        };
        let err = PyErr::Exception(Box::new(PyException {
            exc_type,
            value,
            traceback: tb.clone(),
        }));
        if tb.is_some() {
            Why::Reraise(err)
        } else {
            Why::Exception(err)
        }
    }

    /// `BaseException.__repr__`: `Name(args…)`, e.g. `ValueError('x',)`.
    pub(crate) fn repr_exception(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        let Payload::Exception(e) = &obj.payload else {
            return self.repr(obj);
        };
        let name = e
            .class
            .as_type()
            .map(|t| t.short_name().to_string())
            .unwrap_or_default();
        let args = e.args.borrow().clone();
        let mut out = name.into_bytes();
        let repr = self.repr(&args)?;
        if args.as_tuple().map(|t| t.is_empty()).unwrap_or(false) {
            out.extend_from_slice(b"()");
        } else {
            out.extend(repr);
        }
        Ok(out)
    }

    /// `BaseException.__str__`, and `KeyError`'s repr of a lone key.
    pub(crate) fn str_exception(&mut self, obj: &ObjRef) -> PyResult<Vec<u8>> {
        let Payload::Exception(e) = &obj.payload else {
            return self.to_str(obj);
        };
        if let Some(env) = &e.environment {
            if let Some(text) = self.str_environment_error(env)? {
                return Ok(text);
            }
        }
        let args = e.args.borrow().clone();
        let class = e.class.clone();
        let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        let unicode_items = e.unicode_error_args();
        let unicode_items = unicode_items.as_tuple().unwrap_or_default();
        if let Some(text) =
            crate::builtins::unicode_methods::unicode_error_str(self, &class, unicode_items)
        {
            return Ok(text);
        }
        match items.len() {
            0 => Ok(Vec::new()),
            1 if objects::is(&class, &self.types.exc.key_error) => self.repr(&items[0]),
            1 => self.to_str(&items[0]),
            _ => self.to_str(&args),
        }
    }

    /// `EnvironmentError_str`: `[Errno E] S: 'F'` with a filename, `[Errno E] S` with errno
    /// and strerror, else nothing (the plain `BaseException` text applies).
    fn str_environment_error(&mut self, env: &EnvironmentFields) -> PyResult<Option<Vec<u8>>> {
        let (errno, strerror) = match (&env.errno, &env.strerror, &env.filename) {
            (errno, strerror, Some(_)) | (errno @ Some(_), strerror @ Some(_), None) => (
                errno.clone().unwrap_or_else(none),
                strerror.clone().unwrap_or_else(none),
            ),
            _ => return Ok(None),
        };
        let mut out = b"[Errno ".to_vec();
        out.extend(self.to_str(&errno)?);
        out.extend_from_slice(b"] ");
        out.extend(self.to_str(&strerror)?);
        if let Some(filename) = &env.filename {
            out.extend_from_slice(b": ");
            out.extend(self.repr(filename)?);
        }
        Ok(Some(out))
    }

    /// Calling a built-in exception class: a new instance holding the arguments.
    pub(crate) fn construct_exception(
        &mut self,
        class: &ObjRef,
        args: &[ObjRef],
    ) -> PyResult<ObjRef> {
        Ok(self.new_exception(class, args.to_vec()))
    }

    /// Prints an uncaught exception the way the interpreter's top level does.
    pub fn print_exception(&mut self, exc: PyException) {
        let PyException {
            exc_type,
            value,
            traceback,
        } = exc;
        let (exc_type, value) = self
            .normalize_exception(exc_type.clone(), value.clone())
            .unwrap_or((exc_type, value));
        let mut text = Vec::new();
        if let Some(tb) = traceback {
            text.extend_from_slice(b"Traceback (most recent call last):\n");
            // The head entry is the outermost frame; `next` leads inward, as printed.
            let mut entries = Vec::new();
            let mut cur = Some(tb);
            while let Some(t) = cur {
                if let Payload::Traceback(entry) = &t.payload {
                    entries.push((entry.code.clone(), entry.lineno));
                    cur = entry.next.clone();
                } else {
                    break;
                }
            }
            for (code, lineno) in entries.iter() {
                text.extend_from_slice(b"  File \"");
                text.extend_from_slice(code.filename_bytes());
                text.extend_from_slice(format!("\", line {lineno}, in ").as_bytes());
                text.extend_from_slice(code.name_bytes());
                text.push(b'\n');
                if let Some(line) = self.source_line(code.filename_bytes(), *lineno) {
                    text.extend_from_slice(b"    ");
                    text.extend_from_slice(&line);
                    text.push(b'\n');
                }
            }
        }
        let old_module = self.old_class_module(&exc_type).ok().flatten();
        let name = match exc_type.as_type() {
            Some(t) if t.module_name() == "exceptions" => t.short_name().to_string(),
            Some(t) => format!("{}.{}", t.module_name(), t.short_name()),
            None if matches!(exc_type.payload, Payload::Class(_)) => {
                let module = old_module
                    .map(|m| String::from_utf8_lossy(&m).into_owned())
                    .unwrap_or_else(|| "<unknown>".to_string());
                format!("{module}.{}", self.class_name(&exc_type))
            }
            None => {
                String::from_utf8_lossy(&self.to_str(&exc_type).unwrap_or_default()).into_owned()
            }
        };
        text.extend_from_slice(name.as_bytes());
        let message = self
            .to_str(&value)
            .unwrap_or_else(|_| b"<unprintable exception>".to_vec());
        if !message.is_empty() {
            text.extend_from_slice(b": ");
            text.extend_from_slice(&message);
        }
        text.push(b'\n');
        self.out.flush();
        self.out.write_err(&text);
    }

    /// Line `lineno` of the source file, stripped of leading whitespace, if it can be read
    /// from the run's source directory.
    fn source_line(&self, filename: &[u8], lineno: i32) -> Option<Vec<u8>> {
        let name = std::str::from_utf8(filename).ok()?;
        let path = self.source_dir.join(name);
        let data = std::fs::read(path).ok()?;
        let line = data
            .split(|&b| b == b'\n')
            .nth((lineno - 1).max(0) as usize)?;
        let start = line
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
        let mut line = line[start..].to_vec();
        while matches!(line.last(), Some(b'\r' | b'\n')) {
            line.pop();
        }
        Some(line)
    }
}

impl Vm {
    /// `PyErr_WriteUnraisable`: an exception raised where nobody can catch it (a finalizer),
    /// reported on stderr as `Exception NAME: VALUE in OBJECT ignored`.
    pub fn write_unraisable(&mut self, exc: PyException, obj_repr: &[u8]) {
        let mut text = b"Exception ".to_vec();
        match exc.exc_type.as_type() {
            Some(t) => {
                if t.module_name() != "exceptions" {
                    text.extend_from_slice(t.module_name().as_bytes());
                    text.push(b'.');
                }
                text.extend_from_slice(t.short_name().as_bytes());
            }
            None => text.extend_from_slice(b"<unknown>"),
        }
        if !exc.value.is_none() {
            text.extend_from_slice(b": ");
            match self.repr(&exc.value) {
                Ok(r) => text.extend(r),
                Err(_) => text.extend_from_slice(b"<exception str() failed>"),
            }
        }
        text.extend_from_slice(b" in ");
        text.extend_from_slice(obj_repr);
        text.extend_from_slice(b" ignored\n");
        self.out.flush();
        self.out.write_err(&text);
    }
}
