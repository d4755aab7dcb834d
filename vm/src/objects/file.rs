//! `file`: the VM's three standard streams. Programs get no other file: the VM has no real
//! side effects. Output goes to the run's single stdout stream, the same one the trace uses.

use std::cell::Cell;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdStream {
    Stdin,
    Stdout,
    Stderr,
}

pub struct PyFile {
    pub stream: StdStream,
    /// The `print` statement's softspace flag.
    pub softspace: Cell<bool>,
    /// `close()` was called (`f_fp == NULL`): every later operation fails.
    pub closed: Cell<bool>,
}

impl StdStream {
    pub fn name(self) -> &'static str {
        match self {
            StdStream::Stdin => "<stdin>",
            StdStream::Stdout => "<stdout>",
            StdStream::Stderr => "<stderr>",
        }
    }
    pub fn mode(self) -> &'static str {
        match self {
            StdStream::Stdin => "r",
            _ => "w",
        }
    }
}
