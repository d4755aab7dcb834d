//! Loading what `find_module` found (`load_module` in Python/import.c): a `.pyc` run as the
//! module body, a package's `__init__`, or one of the VM's native modules standing in for
//! CPython's built-in and extension modules. The module body runs in a frame whose caller is
//! the importing frame, so it is traced whenever the importer is.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::finder::{path_str, Found};
use crate::error::{FaultKind, PyErr, PyResult};
use crate::marshal::PYC_MAGIC;
use crate::objects::{self, new_str, new_str_from, none, ObjRef, Payload, PyCode, PyObject};
use crate::runtime::Vm;

impl Vm {
    pub(crate) fn load_module(&mut self, name: &[u8], found: Found) -> PyResult<ObjRef> {
        match found {
            Found::Builtin => self.init_builtin(name),
            Found::Extension(path) => self.load_extension(name, &path),
            Found::Source(path) => self.load_source_module(name, &path),
            Found::Compiled(path) => self.load_compiled_module(name, &path),
            Found::Package(dir) => self.load_package(name, &dir),
        }
    }

    /// `PyImport_AddModule`: the module of that name in `sys.modules`, else a new empty one
    /// put there.
    pub(crate) fn add_module(&mut self, name: &[u8]) -> PyResult<ObjRef> {
        let modules = self.modules.clone();
        let key = new_str(name.to_vec());
        if let Some(m) = self.dict_get(&modules, &key)? {
            if matches!(m.payload, Payload::Module(_)) {
                return Ok(m);
            }
        }
        let m = self.new_module_named(name)?;
        self.dict_set(&modules, key, m.clone())?;
        Ok(m)
    }

    /// `PyModule_New`: a dict holding `__name__`, `__doc__` and `__package__`, in that order.
    pub fn new_module_named(&mut self, name: &[u8]) -> PyResult<ObjRef> {
        let dict = objects::new_dict(Default::default());
        self.dict_set(&dict, new_str_from("__name__"), new_str(name.to_vec()))?;
        self.dict_set(&dict, new_str_from("__doc__"), none())?;
        self.dict_set(&dict, new_str_from("__package__"), none())?;
        Ok(crate::builtins::module::new_module(&dict))
    }

    /// `remove_module`: a module whose body raised leaves `sys.modules`.
    pub(crate) fn remove_module(&mut self, name: &[u8]) -> PyResult<()> {
        let modules = self.modules.clone();
        self.dict_del(&modules, &new_str(name.to_vec()))?;
        Ok(())
    }

    /// `init_builtin`: a module compiled into the interpreter. `sys` and `__builtin__` exist
    /// from the start; the others are the VM's native modules.
    fn init_builtin(&mut self, name: &[u8]) -> PyResult<ObjRef> {
        let modules = self.modules.clone();
        let existing = match name {
            b"sys" => Some(self.sys.clone()),
            b"__builtin__" => Some(self.builtins.clone()),
            _ => None,
        };
        if let Some(m) = existing {
            self.dict_set(&modules, new_str(name.to_vec()), m.clone())?;
            return Ok(m);
        }
        if name == b"__main__" {
            return Err(self.err(
                &self.types.exc.import_error.clone(),
                "Cannot re-init internal module __main__",
            ));
        }
        match crate::modules::find(name, crate::modules::Origin::Builtin) {
            Some(def) => crate::modules::create(self, def, None),
            None => Err(PyErr::unsupported(format!(
                "the built-in module {} is not implemented",
                String::from_utf8_lossy(name)
            ))),
        }
    }

    /// `_PyImport_LoadDynamicModule`: a C extension of the reference build, which the VM
    /// implements natively; its `__file__` is the shared library's path.
    fn load_extension(&mut self, name: &[u8], path: &Path) -> PyResult<ObjRef> {
        let short = name.rsplit(|&c| c == b'.').next().unwrap_or(name);
        match crate::modules::find(short, crate::modules::Origin::Extension) {
            Some(def) => crate::modules::create(self, def, Some(path)),
            None => Err(PyErr::unsupported(format!(
                "the extension module {} ({}) is not implemented",
                String::from_utf8_lossy(name),
                path.display()
            ))),
        }
    }

    /// `load_source_module`: CPython runs `NAME.pyc` when its header matches the source's
    /// modification time; otherwise it would compile the source, which the VM cannot do.
    fn load_source_module(&mut self, name: &[u8], path: &Path) -> PyResult<ObjRef> {
        let mut cpath = path.as_os_str().as_bytes().to_vec();
        cpath.push(b'c');
        let cpath = PathBuf::from(OsStr::from_bytes(&cpath));
        let mtime = std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| (d.as_secs() & 0xffff_ffff) as u32);
        let data = std::fs::read(&cpath).unwrap_or_default();
        let up_to_date = data.len() >= 8
            && data[..4] == PYC_MAGIC
            && Some(u32::from_le_bytes([data[4], data[5], data[6], data[7]])) == mtime;
        if !up_to_date {
            return Err(PyErr::unsupported(format!(
                "importing {} needs compiling {} (no up-to-date .pyc beside it)",
                String::from_utf8_lossy(name),
                path.display()
            )));
        }
        let code = self.read_compiled_module(&cpath, &data)?;
        let code = with_filename(&code, &path_str(path));
        self.exec_code_module(name, &code, &cpath)
    }

    /// `load_compiled_module`: a `.pyc` without its source.
    fn load_compiled_module(&mut self, name: &[u8], cpath: &Path) -> PyResult<ObjRef> {
        let data = std::fs::read(cpath).map_err(|e| {
            self.err(
                &self.types.exc.import_error.clone(),
                format!("cannot read {}: {e}", cpath.display()),
            )
        })?;
        if data.len() < 4 || data[..4] != PYC_MAGIC {
            return Err(self.err(
                &self.types.exc.import_error.clone(),
                format!("Bad magic number in {}", cpath.display()),
            ));
        }
        let code = self.read_compiled_module(cpath, &data)?;
        self.exec_code_module(name, &code, cpath)
    }

    /// `read_compiled_module`: the marshalled object after the 8-byte header, which must be
    /// a code object.
    fn read_compiled_module(&mut self, cpath: &Path, data: &[u8]) -> PyResult<ObjRef> {
        let options = crate::marshal::Options {
            stop_iteration: Some(self.types.exc.stop_iteration.clone()),
        };
        let body = data.get(8..).unwrap_or(&[]);
        let obj = crate::marshal::loads_with(body, &options).map_err(|e| {
            PyErr::fault(
                FaultKind::BadPyc,
                format!(
                    "{}: {} (at byte {})",
                    cpath.display(),
                    e.message,
                    e.offset + 8
                ),
            )
        })?;
        if !matches!(obj.payload, Payload::Code(_)) {
            return Err(self.err(
                &self.types.exc.import_error.clone(),
                format!("Non-code object in {}", cpath.display()),
            ));
        }
        Ok(obj)
    }

    /// `load_package`: the module gets `__file__` and `__path__` (the directory), then its
    /// `__init__` runs in it.
    fn load_package(&mut self, name: &[u8], dir: &Path) -> PyResult<ObjRef> {
        let m = self.add_module(name)?;
        let dict = self.module_dict(&m);
        let file = path_str(dir);
        let path = objects::new_list(vec![file.clone()]);
        self.dict_set(&dict, new_str_from("__file__"), file)?;
        self.dict_set(&dict, new_str_from("__path__"), path.clone())?;
        match self.find_module(b"__init__", Some(&path))? {
            None => Ok(m),
            Some(found) => self.load_module(name, found),
        }
    }

    /// `PyImport_ExecCodeModuleEx`: runs `code` as the body of module `name` (created or
    /// reused), with `__builtins__` and `__file__` set first. A body that raises leaves
    /// `sys.modules`.
    pub(crate) fn exec_code_module(
        &mut self,
        name: &[u8],
        code: &ObjRef,
        pathname: &Path,
    ) -> PyResult<ObjRef> {
        if !matches!(code.payload, Payload::Code(_)) {
            return Err(self.system_error("bad internal call: not a code object"));
        }
        let m = self.add_module(name)?;
        let dict = self.module_dict(&m);
        let builtins_key = new_str_from("__builtins__");
        if self.dict_get(&dict, &builtins_key)?.is_none() {
            let builtins = self.builtins_dict.clone();
            self.dict_set(&dict, builtins_key, builtins)?;
        }
        self.dict_set(&dict, new_str_from("__file__"), path_str(pathname))?;
        if let Err(e) = self.eval_code(code, &dict, None) {
            if matches!(e, PyErr::Exception(_)) {
                self.remove_module(name)?;
            }
            return Err(e);
        }
        let modules = self.modules.clone();
        match self.dict_get(&modules, &new_str(name.to_vec()))? {
            Some(m) => Ok(m),
            None => Err(self.err(
                &self.types.exc.import_error.clone(),
                format!(
                    "Loaded module {} not found in sys.modules",
                    String::from_utf8_lossy(name)
                ),
            )),
        }
    }
}

/// `update_compiled_module`: a `.pyc` whose code names another file gets the source's path
/// in every nested code object that carried the old name.
fn with_filename(code: &ObjRef, new: &ObjRef) -> ObjRef {
    let Payload::Code(c) = &code.payload else {
        return code.clone();
    };
    if c.filename.as_str_bytes() == new.as_str_bytes() {
        return code.clone();
    }
    let old = c.filename.clone();
    renamed(code, &old, new)
}

fn renamed(code: &ObjRef, old: &ObjRef, new: &ObjRef) -> ObjRef {
    let Payload::Code(c) = &code.payload else {
        return code.clone();
    };
    if c.filename.as_str_bytes() != old.as_str_bytes() {
        return code.clone();
    }
    let consts = c.consts.iter().map(|k| renamed(k, old, new)).collect();
    let copy = PyCode {
        argcount: c.argcount,
        nlocals: c.nlocals,
        stacksize: c.stacksize,
        flags: c.flags,
        code: c.code.clone(),
        consts,
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        freevars: c.freevars.clone(),
        cellvars: c.cellvars.clone(),
        filename: new.clone(),
        name: c.name.clone(),
        firstlineno: c.firstlineno,
        lnotab: c.lnotab.clone(),
    };
    PyObject::new(Payload::Code(Rc::new(copy)))
}
