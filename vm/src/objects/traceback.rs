//! `traceback`: one entry per frame an exception passed through (Python/traceback.c). The
//! newest entry is the head; printing walks from the outermost frame inward.

use std::rc::Rc;

use super::{ObjRef, PyCode};

pub struct PyTraceback {
    pub next: Option<ObjRef>,
    /// `tb_frame`: the frame the exception passed through. It keeps that frame's locals (and
    /// its callers', through `f_back`) alive as long as the traceback is, which decides when
    /// a paused generator held there is closed.
    pub frame: ObjRef,
    pub code: Rc<PyCode>,
    pub lasti: i32,
    pub lineno: i32,
}
