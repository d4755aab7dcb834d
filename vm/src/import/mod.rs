//! The import system (Python/import.c, `IMPORT_*` in Python/ceval.c): `__import__` with
//! dotted names, packages, implicit and explicit relative imports and from-lists, as
//! `import_module_level` does it, over `sys.modules` and `sys.path`.
//!
//! Standard-library modules are CPython's own `.pyc` files, run here as any module; what
//! CPython implements in C is in `crate::modules`. Modules the reference interpreter has
//! already loaded before a program starts are imported without running anything.

mod finder;
mod loader;

use std::path::Path;

pub use finder::{initial_sys_path, path_str, BUILTIN_MODULE_NAMES};

use crate::error::{PyErr, PyResult};
use crate::eval::frame::Frame;
use crate::eval::OpResult;
use crate::objects::{self, new_str, new_str_from, none, Args, ObjRef, Payload};
use crate::runtime::Vm;
use crate::trace::TraceMode;

/// Import state kept across calls.
#[derive(Default)]
pub struct ImportState {
    /// `functools.reduce`, found by the first call of the `reduce` builtin (a static in
    /// `builtin_reduce`).
    pub functools_reduce: Option<ObjRef>,
    /// Modules the reference interpreter loads at start-up (untraced) that the VM only
    /// stands in for until a program imports one: then a `.py` module's body runs, untraced
    /// as in CPython, in the module object that was there from the start.
    pub preloaded: Vec<&'static str>,
    /// The types native modules made, by `tp_name`: CPython's are static, so a module made
    /// again (after leaving `sys.modules`) holds the same type objects, and a type no module
    /// attribute holds is still there for the code that instantiates it.
    pub native_types: Vec<(String, ObjRef)>,
}

/// A module in `sys.modules` when a program starts, in the order `Py_InitializeEx`, the
/// `encodings` machinery and the runner put them there (the order fixes the dict's layout,
/// which a program printing `sys.modules` shows).
enum StartModule {
    /// `__builtin__`, `sys`, `__main__`: made by the session.
    Core,
    /// A built-in module.
    Builtin,
    /// A standard-library module (`PATH` relative to the library, `.pyc` file).
    Library(&'static str),
    /// A package of the standard library (its directory).
    Package(&'static str),
    /// A failed implicit relative import, remembered as None.
    Miss,
}

const START_MODULES: &[(&str, StartModule)] = &[
    ("__builtin__", StartModule::Core),
    ("sys", StartModule::Core),
    ("exceptions", StartModule::Builtin),
    ("signal", StartModule::Builtin),
    ("_warnings", StartModule::Builtin),
    ("__main__", StartModule::Core),
    ("zipimport", StartModule::Builtin),
    ("encodings", StartModule::Package("encodings")),
    ("codecs", StartModule::Library("codecs.pyc")),
    ("_codecs", StartModule::Builtin),
    ("encodings.codecs", StartModule::Miss),
    ("encodings.encodings", StartModule::Miss),
    (
        "encodings.aliases",
        StartModule::Library("encodings/aliases.pyc"),
    ),
    ("encodings.__builtin__", StartModule::Miss),
    (
        "encodings.utf_8",
        StartModule::Library("encodings/utf_8.pyc"),
    ),
    ("marshal", StartModule::Builtin),
    ("imp", StartModule::Builtin),
];

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

impl Vm {
    /// Sets up `sys.path` and `sys.modules` as they are when a program starts. Without a
    /// standard library only the built-in modules are there.
    pub fn init_import(&mut self, stdlib: Option<&Path>) -> PyResult<()> {
        let sys = self.module_dict(&self.sys.clone());
        let path = objects::new_list(initial_sys_path(stdlib));
        self.dict_set(&sys, new_str_from("path"), path)?;
        crate::builtins::sys::init_paths(self, stdlib)?;
        let modules = objects::new_dict(Default::default());
        self.dict_set(&sys, new_str_from("modules"), modules.clone())?;
        self.modules = modules.clone();
        for (name, kind) in START_MODULES {
            let key = new_str_from(name);
            let module = match kind {
                StartModule::Core => match *name {
                    "__builtin__" => self.builtins.clone(),
                    "sys" => self.sys.clone(),
                    _ => self.new_module_named(name.as_bytes())?,
                },
                StartModule::Builtin => {
                    match crate::modules::find(name.as_bytes(), crate::modules::Origin::Builtin) {
                        Some(def) => {
                            crate::modules::create(self, def, None)?;
                            continue;
                        }
                        None => {
                            self.import.preloaded.push(name);
                            self.new_module_named(name.as_bytes())?
                        }
                    }
                }
                StartModule::Library(file) | StartModule::Package(file) => {
                    let Some(lib) = stdlib else { continue };
                    self.import.preloaded.push(name);
                    let m = self.new_module_named(name.as_bytes())?;
                    let dict = self.module_dict(&m);
                    if let StartModule::Package(_) = kind {
                        let dir = path_str(&lib.join(file));
                        let init = path_str(&lib.join(file).join("__init__.pyc"));
                        self.dict_set(&dict, new_str_from("__file__"), init)?;
                        let path = objects::new_list(vec![dir]);
                        self.dict_set(&dict, new_str_from("__path__"), path)?;
                    } else {
                        let file = path_str(&lib.join(file));
                        self.dict_set(&dict, new_str_from("__file__"), file)?;
                    }
                    m
                }
                StartModule::Miss if stdlib.is_some() => none(),
                StartModule::Miss => continue,
            };
            self.dict_set(&modules, key, module)?;
        }
        Ok(())
    }

    /// `IMPORT_NAME`: calls `__import__` from the frame's builtins with the name, globals,
    /// locals, from-list and (unless it is -1) the level.
    pub(crate) fn import_name(
        &mut self,
        f: &Frame,
        name: &ObjRef,
        fromlist: &ObjRef,
        level: &ObjRef,
    ) -> PyResult<ObjRef> {
        let builtins = f.builtins.clone();
        let Some(import) = self.dict_get(&builtins, &new_str_from("__import__"))? else {
            return Err(self.err(&self.types.exc.import_error.clone(), "__import__ not found"));
        };
        let locals = f.locals.clone().unwrap_or_else(none);
        let mut args = vec![name.clone(), f.globals.clone(), locals, fromlist.clone()];
        if !matches!(level.payload, Payload::Int(-1)) {
            args.push(level.clone());
        }
        self.call_object(&import, &args, &[])
    }

    /// `IMPORT_STAR`: every public name of the module into the frame's locals.
    pub(crate) fn op_import_star<T: TraceMode>(&mut self, f: &mut Frame) -> OpResult {
        let module = self.pop::<T>(f)?;
        let Some(locals) = f.locals.clone() else {
            return Err(self
                .system_error("no locals found during 'import *'")
                .into());
        };
        Ok(self.import_all_from(&locals, &module)?)
    }

    /// `import_all_from`: the names in `__all__`, else the keys of `__dict__` that do not
    /// start with an underscore.
    fn import_all_from(&mut self, locals: &ObjRef, module: &ObjRef) -> PyResult<()> {
        let attr_error = self.types.exc.attribute_error.clone();
        let (names, skip_private) = match self.getattr(module, &new_str_from("__all__")) {
            Ok(all) => (all, false),
            Err(e) if self.exception_matches(&e, &attr_error) => {
                let dict = match self.getattr(module, &new_str_from("__dict__")) {
                    Ok(d) => d,
                    Err(e) if self.exception_matches(&e, &attr_error) => {
                        return Err(self.err(
                            &self.types.exc.import_error.clone(),
                            "from-import-* object has no __dict__ and no __all__",
                        ))
                    }
                    Err(e) => return Err(e),
                };
                let keys = match &dict.payload {
                    Payload::Dict(d) => d.borrow().entries().map(|(k, _)| k.clone()).collect(),
                    _ => self.collect_iterable(&dict)?,
                };
                (objects::new_list(keys), true)
            }
            Err(e) => return Err(e),
        };
        let index_error = self.types.exc.index_error.clone();
        for pos in 0.. {
            let name = match self.getitem(&names, &objects::new_int(pos)) {
                Ok(n) => n,
                Err(e) if self.exception_matches(&e, &index_error) => break,
                Err(e) => return Err(e),
            };
            if skip_private
                && name
                    .as_str_bytes()
                    .is_some_and(|b| b.first() == Some(&b'_'))
            {
                continue;
            }
            let value = self.getattr(module, &name)?;
            self.setitem(locals, &name, value)?;
        }
        Ok(())
    }

    /// `PyImport_Import`: an absolute import through the `__import__` of the current
    /// globals' builtins, with the from-list `['__doc__']` so the named module itself is
    /// returned (used by built-in functions that need a module).
    pub fn import_module(&mut self, name: &str) -> PyResult<ObjRef> {
        let globals = self.innermost_globals();
        let builtins = match &globals {
            Some(g) => {
                let key = new_str_from("__builtins__");
                match self.dict_get(g, &key)? {
                    Some(b) => b,
                    None => return Err(self.key_error(&key)),
                }
            }
            None => self.builtins.clone(),
        };
        let import_key = new_str_from("__import__");
        let import = match &builtins.payload {
            Payload::Dict(_) => match self.dict_get(&builtins, &import_key)? {
                Some(f) => f,
                None => return Err(self.key_error(&import_key)),
            },
            _ => self.getattr(&builtins, &import_key)?,
        };
        let globals = globals.unwrap_or_else(none);
        let silly_list = objects::new_list(vec![new_str_from("__doc__")]);
        let args = [
            new_str_from(name),
            globals.clone(),
            globals,
            silly_list,
            objects::new_int(0),
        ];
        self.call_object(&import, &args, &[])
    }

    /// `import_module_level`.
    pub fn import_module_level(
        &mut self,
        name: &[u8],
        globals: Option<&ObjRef>,
        fromlist: Option<&ObjRef>,
        level: i64,
    ) -> PyResult<ObjRef> {
        if name.contains(&b'/') {
            return Err(self.err(
                &self.types.exc.import_error.clone(),
                "Import by filename is not supported.",
            ));
        }
        let mut buf = Vec::new();
        let parent = self.get_parent(globals, &mut buf, level)?;
        let alt = if level < 0 { none() } else { parent.clone() };
        let mut rest = Some(name);
        let head = self.load_next(&parent, &alt, &mut rest, &mut buf)?;
        let mut tail = head.clone();
        while rest.is_some() {
            let current = tail.clone();
            tail = self.load_next(&current, &current, &mut rest, &mut buf)?;
        }
        if tail.is_none() {
            return Err(self.value_error("Empty module name"));
        }
        let fromlist = match fromlist {
            Some(list) if !list.is_none() && self.is_true(list)? => list.clone(),
            _ => return Ok(head),
        };
        self.ensure_fromlist(&tail, &fromlist, &buf, false)?;
        Ok(tail)
    }

    /// `get_parent`: the package a relative import starts from (None when there is none),
    /// its name left in `buf`; sets the importer's `__package__` as CPython does.
    fn get_parent(
        &mut self,
        globals: Option<&ObjRef>,
        buf: &mut Vec<u8>,
        level: i64,
    ) -> PyResult<ObjRef> {
        let Some(globals) = globals.filter(|g| matches!(g.payload, Payload::Dict(_))) else {
            return Ok(none());
        };
        if level == 0 {
            return Ok(none());
        }
        buf.clear();
        let pkgstr = new_str_from("__package__");
        let pkgname = self.dict_get(globals, &pkgstr)?.filter(|p| !p.is_none());
        if let Some(pkgname) = pkgname {
            let Some(pkg) = pkgname.as_str_bytes() else {
                return Err(self.value_error("__package__ set to non-string"));
            };
            if pkg.is_empty() {
                if level > 0 {
                    return Err(self.value_error("Attempted relative import in non-package"));
                }
                return Ok(none());
            }
            buf.extend_from_slice(pkg);
        } else {
            let modname = self.dict_get(globals, &new_str_from("__name__"))?;
            let Some(modname) = modname.filter(|m| m.as_str_bytes().is_some()) else {
                return Ok(none());
            };
            let name = modname.as_str_bytes().unwrap_or_default().to_vec();
            if self.dict_get(globals, &new_str_from("__path__"))?.is_some() {
                buf.extend_from_slice(&name);
                self.dict_set(globals, pkgstr, modname.clone())?;
            } else {
                match name.iter().rposition(|&c| c == b'.') {
                    None if level > 0 => {
                        return Err(self.value_error("Attempted relative import in non-package"))
                    }
                    None => {
                        self.dict_set(globals, pkgstr, none())?;
                        return Ok(none());
                    }
                    Some(dot) => {
                        buf.extend_from_slice(&name[..dot]);
                        self.dict_set(globals, pkgstr, new_str(buf.clone()))?;
                    }
                }
            }
        }
        for _ in 1..level.max(1) {
            match buf.iter().rposition(|&c| c == b'.') {
                Some(dot) => buf.truncate(dot),
                None => {
                    return Err(
                        self.value_error("Attempted relative import beyond toplevel package")
                    )
                }
            }
        }
        let modules = self.modules.clone();
        match self.dict_get(&modules, &new_str(buf.clone()))? {
            Some(parent) => Ok(parent),
            None if level < 1 => {
                // CPython warns (a RuntimeWarning, printed once) and imports absolutely.
                buf.clear();
                Ok(none())
            }
            None => Err(self.system_error(format!(
                "Parent module '{}' not loaded, cannot perform relative import",
                text(buf)
            ))),
        }
    }

    /// `load_next`: imports the next dotted component under `module` (falling back to
    /// `alt`, a top-level import, when `alt` is not `module`).
    fn load_next(
        &mut self,
        module: &ObjRef,
        alt: &ObjRef,
        rest: &mut Option<&[u8]>,
        buf: &mut Vec<u8>,
    ) -> PyResult<ObjRef> {
        let name = rest.unwrap_or_default();
        if name.is_empty() {
            *rest = None;
            return Ok(module.clone());
        }
        let (part, tail) = match name.iter().position(|&c| c == b'.') {
            Some(dot) => (&name[..dot], Some(&name[dot + 1..])),
            None => (name, None),
        };
        *rest = tail;
        if part.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        if !buf.is_empty() {
            buf.push(b'.');
        }
        buf.extend_from_slice(part);
        let fullname = buf.clone();
        let mut result = self.import_submodule(module, part, &fullname)?;
        if result.is_none() && !objects::is(alt, module) {
            result = self.import_submodule(alt, part, part)?;
            if !result.is_none() {
                // mark_miss: the relative name is remembered as missing.
                let modules = self.modules.clone();
                self.dict_set(&modules, new_str(fullname), none())?;
                buf.clear();
                buf.extend_from_slice(part);
            }
        }
        if result.is_none() {
            return Err(self.err(
                &self.types.exc.import_error.clone(),
                format!("No module named {}", text(name)),
            ));
        }
        Ok(result)
    }

    /// `import_submodule`: `sys.modules[fullname]`, else found and loaded (None when there
    /// is no such module), then set as an attribute of its package.
    fn import_submodule(
        &mut self,
        module: &ObjRef,
        subname: &[u8],
        fullname: &[u8],
    ) -> PyResult<ObjRef> {
        if let Some(m) = self.load_preloaded(fullname)? {
            self.add_submodule(module, Some(&m), fullname, subname)?;
            return Ok(m);
        }
        let modules = self.modules.clone();
        if let Some(m) = self.dict_get(&modules, &new_str(fullname.to_vec()))? {
            return Ok(m);
        }
        let path = if module.is_none() {
            None
        } else {
            match self.getattr(module, &new_str_from("__path__")) {
                Ok(p) => Some(p),
                Err(PyErr::Exception(_)) => return Ok(none()),
                Err(fault) => return Err(fault),
            }
        };
        let Some(found) = self.find_module(subname, path.as_ref())? else {
            return Ok(none());
        };
        let loaded = self.load_module(fullname, found);
        self.add_submodule(module, loaded.as_ref().ok(), fullname, subname)?;
        loaded
    }

    /// `add_submodule`: the package gets the submodule as an attribute, even when loading
    /// it failed but left it in `sys.modules`.
    fn add_submodule(
        &mut self,
        module: &ObjRef,
        submodule: Option<&ObjRef>,
        fullname: &[u8],
        subname: &[u8],
    ) -> PyResult<()> {
        if module.is_none() {
            return Ok(());
        }
        let submodule = match submodule {
            Some(m) => m.clone(),
            None => {
                let modules = self.modules.clone();
                match self.dict_get(&modules, &new_str(fullname.to_vec()))? {
                    Some(m) => m,
                    None => return Ok(()),
                }
            }
        };
        let key = new_str(subname.to_vec());
        match &module.payload {
            Payload::Module(m) => {
                let dict = m.dict.clone();
                self.dict_set(&dict, key, submodule)
            }
            _ => self.setattr(module, &key, Some(submodule)),
        }
    }

    /// `ensure_fromlist`: for a package, every name of the from-list that is not yet an
    /// attribute is imported as a submodule (`*` follows `__all__` once).
    fn ensure_fromlist(
        &mut self,
        module: &ObjRef,
        fromlist: &ObjRef,
        buf: &[u8],
        recursive: bool,
    ) -> PyResult<()> {
        if !self.hasattr(module, "__path__")? {
            return Ok(());
        }
        let index_error = self.types.exc.index_error.clone();
        for i in 0.. {
            let item = match self.getitem(fromlist, &objects::new_int(i)) {
                Ok(item) => item,
                Err(e) if self.exception_matches(&e, &index_error) => return Ok(()),
                Err(e) => return Err(e),
            };
            let Some(sub) = item.as_str_bytes().map(<[u8]>::to_vec) else {
                let type_name = self.type_of(&item);
                let name = type_name
                    .as_type()
                    .map(|t| t.name.clone())
                    .unwrap_or_default();
                return Err(
                    self.type_error(format!("Item in ``from list'' must be str, not {name}"))
                );
            };
            if sub.first() == Some(&b'*') {
                if recursive {
                    continue;
                }
                if let Ok(all) = self.getattr(module, &new_str_from("__all__")) {
                    self.ensure_fromlist(module, &all, buf, true)?;
                }
                continue;
            }
            if !self.hasattr_obj(module, &item)? {
                let mut fullname = buf.to_vec();
                fullname.push(b'.');
                fullname.extend_from_slice(&sub);
                self.import_submodule(module, &sub, &fullname)?;
            }
        }
        Ok(())
    }

    /// `PyObject_HasAttr`: any exception means no.
    pub(crate) fn hasattr_obj(&mut self, obj: &ObjRef, name: &ObjRef) -> PyResult<bool> {
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(PyErr::Exception(_)) => Ok(false),
            Err(fault) => Err(fault),
        }
    }

    pub(crate) fn hasattr(&mut self, obj: &ObjRef, name: &str) -> PyResult<bool> {
        self.hasattr_obj(obj, &new_str_from(name))
    }

    /// A module the reference interpreter loaded before the program started, imported for
    /// the first time: a library module's body runs now, untraced (nothing is on its caller
    /// chain), in the module object that stood in for it; a built-in module the VM lacks is
    /// a fault.
    fn load_preloaded(&mut self, fullname: &[u8]) -> PyResult<Option<ObjRef>> {
        if crate::codecs::registry::is_startup_module(fullname)
            && self
                .import
                .preloaded
                .iter()
                .any(|n| n.as_bytes() == fullname)
        {
            // These came with the codec registry's start-up, which loads them in order.
            self.start_codecs()?;
        }
        let Some(pos) = self
            .import
            .preloaded
            .iter()
            .position(|n| n.as_bytes() == fullname)
        else {
            return Ok(None);
        };
        let name = self.import.preloaded.remove(pos);
        let unavailable = || {
            PyErr::unsupported(format!(
                "the module {name}, loaded at start-up by CPython, is not implemented"
            ))
        };
        let (package_path, subname) = match name.rsplit_once('.') {
            Some((parent, sub)) => {
                let parent = self.import_module_level(parent.as_bytes(), None, None, 0)?;
                (Some(self.getattr(&parent, &new_str_from("__path__"))?), sub)
            }
            None => (None, name),
        };
        let found = match self.find_module(subname.as_bytes(), package_path.as_ref())? {
            Some(found @ (finder::Found::Package(_) | finder::Found::Source(_))) => found,
            Some(found @ finder::Found::Compiled(_)) => found,
            _ => return Err(unavailable()),
        };
        let chain = std::mem::take(&mut self.frames);
        let result = self.load_module(name.as_bytes(), found);
        self.frames = chain;
        match result {
            Ok(m) => Ok(Some(m)),
            Err(PyErr::Exception(_)) => Err(unavailable()),
            Err(fault) => Err(fault),
        }
    }
}

/// `__import__(name, globals={}, locals={}, fromlist=[], level=-1)`.
pub fn builtin_import(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let bound = crate::builtins::functions::bind_keywords(
        vm,
        &a,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let Some(name) = bound[0].clone() else {
        return Err(vm.type_error("Required argument 'name' (pos 1) not found"));
    };
    let name_bytes = match &name.payload {
        Payload::Str(s) => s.as_bytes().to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "__import__() argument 1 must be string, not {}",
                vm.type_name(&name)
            )))
        }
    };
    if name_bytes.contains(&0) {
        return Err(
            vm.type_error("__import__() argument 1 must be string without null bytes, not str")
        );
    }
    let level = match &bound[4] {
        Some(l) => vm.index_value(l)?,
        None => -1,
    };
    vm.import_module_level(&name_bytes, bound[1].as_ref(), bound[3].as_ref(), level)
}

pub static IMPORT_FUNCTIONS: &[objects::MethodDef] =
    &[crate::def!("__import__", Keywords, builtin_import)];
