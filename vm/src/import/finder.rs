//! Finding a module (`find_module` in Python/import.c): built-in modules by name, then each
//! directory of the search path in order, where a package directory wins over the files
//! `NAME.so`, `NAMEmodule.so`, `NAME.py` and `NAME.pyc`, tried in that order.
//!
//! `sys.path` itself is built here from the standard library directory, in the order the
//! reference interpreter computes it for its prefix.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use crate::error::PyResult;
use crate::objects::{new_str, ObjRef, Payload};
use crate::runtime::Vm;

/// What `find_module` found, and where.
pub enum Found {
    /// A module compiled into the interpreter (`sys.builtin_module_names`).
    Builtin,
    /// A package directory holding an `__init__` module.
    Package(PathBuf),
    /// A shared library (`lib-dynload/NAME.so`): CPython's C extension modules.
    Extension(PathBuf),
    /// `NAME.py` (run from its up-to-date `NAME.pyc`).
    Source(PathBuf),
    /// `NAME.pyc` without a source.
    Compiled(PathBuf),
}

/// The modules compiled into the reference interpreter (its `sys.builtin_module_names`).
pub const BUILTIN_MODULE_NAMES: &[&str] = &[
    "__builtin__",
    "__main__",
    "_ast",
    "_codecs",
    "_sre",
    "_symtable",
    "_warnings",
    "_weakref",
    "errno",
    "exceptions",
    "gc",
    "imp",
    "marshal",
    "posix",
    "pwd",
    "signal",
    "sys",
    "thread",
    "xxsubtype",
    "zipimport",
];

/// `sys.path` of `python -S -E` for a prefix whose library is `stdlib` (with `sys.path[0]`
/// set to `''` as the runner does): the zip archive, the library, then its subdirectories.
pub fn initial_sys_path(stdlib: Option<&Path>) -> Vec<ObjRef> {
    let mut path = vec![new_str(Vec::new())];
    if let Some(lib) = stdlib {
        let zip = lib
            .parent()
            .map(|p| p.join("python27.zip"))
            .unwrap_or_else(|| PathBuf::from("python27.zip"));
        path.push(path_str(&zip));
        path.push(path_str(lib));
        for sub in ["plat-linux2", "lib-tk", "lib-old", "lib-dynload"] {
            path.push(path_str(&lib.join(sub)));
        }
    }
    path
}

pub fn path_str(p: &Path) -> ObjRef {
    new_str(p.as_os_str().as_bytes().to_vec())
}

/// What a file with a given suffix is.
type FileKind = fn(PathBuf) -> Found;

/// The suffixes tried in a directory, in `_PyImport_Filetab` order.
const SUFFIXES: &[(&str, FileKind)] = &[
    (".so", Found::Extension),
    ("module.so", Found::Extension),
    (".py", Found::Source),
    (".pyc", Found::Compiled),
];

fn with_suffix(base: &[u8], suffix: &str) -> PathBuf {
    let mut bytes = base.to_vec();
    bytes.extend_from_slice(suffix.as_bytes());
    PathBuf::from(OsStr::from_bytes(&bytes))
}

/// `find_init_module`: a directory is a package when it holds `__init__.py` or `.pyc`.
fn has_init_module(dir: &Path) -> bool {
    dir.join("__init__.py").is_file() || dir.join("__init__.pyc").is_file()
}

impl Vm {
    /// `find_module(fullname, subname, path)`: `Ok(None)` is CPython's "No module named"
    /// ImportError, which every caller here turns into a miss.
    pub(crate) fn find_module(
        &mut self,
        subname: &[u8],
        package_path: Option<&ObjRef>,
    ) -> PyResult<Option<Found>> {
        let search = match package_path {
            Some(p) => p.clone(),
            None => {
                if let Ok(name) = std::str::from_utf8(subname) {
                    if BUILTIN_MODULE_NAMES.contains(&name) {
                        return Ok(Some(Found::Builtin));
                    }
                }
                self.sys_attr("path")?.unwrap_or_else(crate::objects::none)
            }
        };
        let Payload::List(entries) = &search.payload else {
            return Err(self.runtime_error("sys.path must be a list of directory names"));
        };
        let entries = entries.borrow().clone();
        for entry in entries {
            let Some(dir) = self.path_entry_bytes(&entry) else {
                continue;
            };
            if dir.contains(&0) {
                continue;
            }
            let mut base = dir;
            if !base.is_empty() && base.last() != Some(&b'/') {
                base.push(b'/');
            }
            base.extend_from_slice(subname);
            let candidate = PathBuf::from(OsStr::from_bytes(&base));
            if candidate.is_dir() && has_init_module(&candidate) {
                return Ok(Some(Found::Package(candidate)));
            }
            for (suffix, kind) in SUFFIXES {
                let file = with_suffix(&base, suffix);
                if file.is_file() {
                    return Ok(Some(kind(file)));
                }
            }
        }
        Ok(None)
    }

    /// A `sys.path` entry as a file-system path: a `str` as is, a `unicode` encoded (the
    /// file-system encoding is UTF-8 here); anything else is skipped.
    fn path_entry_bytes(&self, entry: &ObjRef) -> Option<Vec<u8>> {
        match &entry.payload {
            Payload::Str(s) => Some(s.as_bytes().to_vec()),
            Payload::Unicode(u) => Some(
                u.chars()
                    .iter()
                    .filter_map(|&c| char::from_u32(c))
                    .collect::<String>()
                    .into_bytes(),
            ),
            _ => None,
        }
    }

    /// `PySys_GetObject(name)`.
    pub(crate) fn sys_attr(&mut self, name: &str) -> PyResult<Option<ObjRef>> {
        let dict = self.module_dict(&self.sys.clone());
        self.dict_get(&dict, &crate::objects::new_str_from(name))
    }
}
