//! `import`: the VM runs no file system imports yet; built-in modules (`sys`) are in
//! `sys.modules` and importing one runs no code, as in CPython.

use crate::error::{PyErr, PyResult};
use crate::eval::frame::Frame;
use crate::objects::ObjRef;
use crate::runtime::Vm;

impl Vm {
    /// `IMPORT_NAME`: `__import__(name, globals, locals, fromlist, level)`.
    pub(crate) fn import_name(
        &mut self,
        _f: &Frame,
        name: &ObjRef,
        _fromlist: &ObjRef,
        _level: &ObjRef,
    ) -> PyResult<ObjRef> {
        let modules = self.modules.clone();
        if let Some(m) = self.dict_get(&modules, name)? {
            return Ok(m);
        }
        let text = String::from_utf8_lossy(name.as_str_bytes().unwrap_or(b"?")).into_owned();
        Err(PyErr::unsupported(format!("importing module '{text}'")))
    }
}
