//! The run's output: one buffered byte stream for standard output, which the trace and the
//! program's own output share (so they interleave exactly as in CPython, where both go to C's
//! `stdout`), and unbuffered standard error. Chunks go to the thread that owns the real writers.

use std::sync::mpsc::SyncSender;

use crate::error::{FaultKind, PyErr, PyResult};

pub enum Chunk {
    Stdout(Vec<u8>),
    Stderr(Vec<u8>),
}

const FLUSH_AT: usize = 64 * 1024;

pub struct Output {
    buf: Vec<u8>,
    sink: SyncSender<Chunk>,
    written: u64,
    max: u64,
}

impl Output {
    pub fn new(sink: SyncSender<Chunk>, max: u64) -> Output {
        Output {
            buf: Vec::with_capacity(FLUSH_AT),
            sink,
            written: 0,
            max,
        }
    }

    #[inline]
    pub fn write(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= FLUSH_AT {
            self.flush();
        }
    }

    /// Hands buffered stdout to the writer thread. A closed receiver means nobody reads any
    /// more; the output is dropped and the limit check ends the run.
    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            self.written += self.buf.len() as u64;
            let chunk = std::mem::replace(&mut self.buf, Vec::with_capacity(FLUSH_AT));
            let _ = self.sink.send(Chunk::Stdout(chunk));
        }
    }

    /// Standard error is unbuffered, as in CPython.
    pub fn write_err(&mut self, bytes: &[u8]) {
        let _ = self.sink.send(Chunk::Stderr(bytes.to_vec()));
    }

    pub fn check_limit(&self) -> PyResult<()> {
        if self.written + self.buf.len() as u64 > self.max {
            return Err(PyErr::fault(
                FaultKind::Limit,
                format!("output limit of {} bytes reached", self.max),
            ));
        }
        Ok(())
    }
}
