//! `traceback`: one entry per frame an exception passed through (Python/traceback.c). The
//! newest entry is the head; printing walks from the outermost frame inward.

use std::cell::RefCell;
use std::rc::Rc;

use super::{ObjRef, PyCode};

pub struct PyTraceback {
    pub next: Option<ObjRef>,
    pub code: Rc<PyCode>,
    pub lasti: i32,
    pub lineno: i32,
    /// The local variables and cells of the frame the exception left, once it has left it:
    /// CPython's `tb_frame` keeps that frame, and so what its locals hold, alive as long as
    /// the traceback is (which decides when a paused generator held there is closed).
    pub frame_values: RefCell<Vec<Option<ObjRef>>>,
}
