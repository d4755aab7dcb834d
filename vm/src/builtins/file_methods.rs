//! The methods of `file` (Objects/fileobject.c's `file_methods`) on the VM's three standard
//! streams. Writing goes to the run's output; reading takes the run's standard input. The
//! standard streams are pipes here, as when the reference runs under the harness: no seeking,
//! not a terminal. Iteration reads line by line (CPython reads ahead in blocks, which only
//! shows when a program mixes `for line in sys.stdin` with `read`).

use super::functions::args::{int_arg, parse};
use crate::def;
use crate::error::PyResult;
use crate::objects::file::{PyFile, StdStream};
use crate::objects::{
    new_bool, new_int, new_list, new_str, none, Args, MethodDef, ObjRef, Payload,
};
use crate::runtime::Vm;

pub static FILE_METHODS: &[MethodDef] = &[
    def!("readline", VarArgs, readline),
    def!("read", VarArgs, read),
    def!("write", VarArgs, write),
    def!("fileno", NoArgs, fileno),
    def!("seek", VarArgs, seek),
    def!("truncate", VarArgs, seek),
    def!("tell", NoArgs, tell),
    def!("readlines", VarArgs, readlines),
    def!("xreadlines", NoArgs, file_self),
    def!("writelines", O, writelines),
    def!("flush", NoArgs, flush),
    def!("close", NoArgs, close),
    def!("isatty", NoArgs, isatty),
    def!("__enter__", NoArgs, file_self),
    def!("__exit__", VarArgs, exit),
    def!("next", WrapperNoArgs, next),
];

/// The file behind `self`, refused when closed (`err_closed`).
fn open_file<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<&'a PyFile> {
    let Some(Payload::File(f)) = slf.map(|s| &s.payload) else {
        return Err(vm.type_error("descriptor requires a 'file' object"));
    };
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(f)
}

/// An open file that may be read (`err_mode("reading")` otherwise).
fn readable<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<&'a PyFile> {
    let f = open_file(vm, slf)?;
    if f.stream != StdStream::Stdin {
        return Err(vm.err(&vm.types.exc.io_error, "File not open for reading"));
    }
    Ok(f)
}

/// An open file that may be written.
fn writable<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<&'a PyFile> {
    let f = open_file(vm, slf)?;
    if f.stream == StdStream::Stdin {
        return Err(vm.err(&vm.types.exc.io_error, "File not open for writing"));
    }
    Ok(f)
}

/// The bytes `file.write` writes for `text` in text mode: a str as it is, a unicode encoded
/// with the default encoding and "strict" errors — through the codec registry, as
/// `PyUnicode_AsEncodedString` does when it is given an error policy; `None` for anything
/// without a character buffer.
fn text_bytes(vm: &mut Vm, text: &ObjRef) -> PyResult<Option<Vec<u8>>> {
    Ok(match &text.payload {
        Payload::Str(s) => Some(s.as_bytes().to_vec()),
        Payload::Unicode(_) => {
            let encoded = vm.codec_encode(text, b"ascii", Some(b"strict"))?;
            match encoded.as_str_bytes() {
                Some(bytes) => Some(bytes.to_vec()),
                None => {
                    return Err(vm.type_error(format!(
                        "encoder did not return a string object (type={})",
                        vm.type_name(&encoded)
                    )))
                }
            }
        }
        _ => None,
    })
}

/// `PyObject_AsCharBuffer` for `writelines`: a str, or a unicode in the default encoding
/// (no registry); `None` when there is no such buffer.
fn char_buffer(vm: &Vm, item: &ObjRef) -> Option<Vec<u8>> {
    match &item.payload {
        Payload::Str(s) => Some(s.as_bytes().to_vec()),
        Payload::Unicode(u) => vm.encode_default(u.chars()).ok(),
        _ => None,
    }
}

fn write(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    writable(vm, slf)?;
    let a = parse(vm, &a, "write", 1, 1)?;
    let Some(bytes) = text_bytes(vm, &a[0])? else {
        return Err(vm.type_error("expected a string or other character buffer object"));
    };
    let file = slf.cloned().unwrap_or_else(none);
    if let Payload::File(f) = &file.payload {
        f.softspace.set(false);
    }
    vm.file_write(&file, &bytes)?;
    Ok(none())
}

/// Lines `file_writelines` takes, checks and writes at a time.
const WRITELINES_CHUNK: usize = 1000;

/// `file_writelines`: the lines are taken a chunk at a time (a list sliced, anything else
/// iterated), all of a chunk checked and converted, then written, so a bad line stops the
/// call after the chunks before it were written.
fn writelines(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    writable(vm, slf)?;
    let seq = &a.pos[0];
    let iterator = match seq.payload {
        Payload::List(_) => None,
        _ => Some(vm.get_iter(seq).map_err(|e| match e {
            crate::error::PyErr::Exception(_) => {
                vm.type_error("writelines() requires an iterable argument")
            }
            fault => fault,
        })?),
    };
    let file = slf.cloned().unwrap_or_else(none);
    let mut index = 0;
    loop {
        let chunk: Vec<ObjRef> = match (&iterator, &seq.payload) {
            (None, Payload::List(l)) => {
                let l = l.borrow();
                l.iter()
                    .skip(index)
                    .take(WRITELINES_CHUNK)
                    .cloned()
                    .collect()
            }
            (Some(it), _) => {
                let mut chunk = Vec::new();
                while chunk.len() < WRITELINES_CHUNK {
                    match vm.iter_next(it)? {
                        Some(line) => chunk.push(line),
                        None => break,
                    }
                }
                // The iterator might have closed the file.
                open_file(vm, Some(&file))?;
                chunk
            }
            _ => Vec::new(),
        };
        if chunk.is_empty() {
            return Ok(none());
        }
        let mut lines = Vec::with_capacity(chunk.len());
        for item in &chunk {
            match char_buffer(vm, item) {
                Some(bytes) => lines.push(bytes),
                None => {
                    return Err(vm.type_error("writelines() argument must be a sequence of strings"))
                }
            }
        }
        if let Payload::File(f) = &file.payload {
            f.softspace.set(false);
        }
        for line in lines {
            vm.file_write(&file, &line)?;
        }
        index += WRITELINES_CHUNK;
    }
}

/// `file.read([size])`: at most `size` bytes, everything left when negative.
fn read(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    readable(vm, slf)?;
    let a = parse(vm, &a, "read", 0, 1)?;
    let size = match a.first() {
        Some(n) => int_arg(vm, n)?,
        None => -1,
    };
    let rest = &vm.stdin[vm.stdin_pos.min(vm.stdin.len())..];
    let take = if size < 0 {
        rest.len()
    } else {
        rest.len().min(size as usize)
    };
    let bytes = rest[..take].to_vec();
    vm.stdin_pos += take;
    Ok(new_str(bytes))
}

/// `file.readline([size])`: up to and including the next newline, at most `size` bytes.
fn readline(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    readable(vm, slf)?;
    let a = parse(vm, &a, "readline", 0, 1)?;
    let size = match a.first() {
        Some(n) => int_arg(vm, n)?,
        None => -1,
    };
    if size == 0 {
        return Ok(new_str(Vec::new()));
    }
    Ok(new_str(read_line(vm, size)))
}

/// The next line of standard input, cut at `size` bytes when positive.
fn read_line(vm: &mut Vm, size: i64) -> Vec<u8> {
    let rest = &vm.stdin[vm.stdin_pos.min(vm.stdin.len())..];
    let mut end = rest
        .iter()
        .position(|&b| b == b'\n')
        .map_or(rest.len(), |i| i + 1);
    if size > 0 {
        end = end.min(size as usize);
    }
    let line = rest[..end].to_vec();
    vm.stdin_pos += end;
    line
}

fn readlines(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    readable(vm, slf)?;
    parse(vm, &a, "readlines", 0, 1)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm, -1);
        if line.is_empty() {
            break;
        }
        lines.push(new_str(line));
    }
    Ok(new_list(lines))
}

/// `file.next()`: the next line, StopIteration at the end.
fn next(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let file = slf.cloned().unwrap_or_else(none);
    match iter_next(vm, &file)? {
        Some(line) => Ok(line),
        None => Err(vm.stop_iteration()),
    }
}

/// `iter(f)`: the file itself, if it is open.
pub fn iter(vm: &mut Vm, file: &ObjRef) -> PyResult<ObjRef> {
    file_self(vm, Some(file), Args::positional(&[]))
}

/// `file_iternext`: the next line, `None` at the end.
pub fn iter_next(vm: &mut Vm, file: &ObjRef) -> PyResult<Option<ObjRef>> {
    readable(vm, Some(file))?;
    let line = read_line(vm, -1);
    Ok((!line.is_empty()).then(|| new_str(line)))
}

fn fileno(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let f = open_file(vm, slf)?;
    Ok(new_int(match f.stream {
        StdStream::Stdin => 0,
        StdStream::Stdout => 1,
        StdStream::Stderr => 2,
    }))
}

/// `seek`, `tell` and `truncate` on a pipe: `IOError: [Errno 29] Illegal seek`
/// (`PyErr_SetFromErrno`: the value is the `(errno, strerror)` tuple).
fn illegal_seek(vm: &Vm) -> crate::error::PyErr {
    let value = crate::objects::new_tuple(vec![new_int(29), new_str(b"Illegal seek".to_vec())]);
    vm.err_obj(&vm.types.exc.io_error, value)
}

fn seek(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    open_file(vm, slf)?;
    Err(illegal_seek(vm))
}

fn tell(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    open_file(vm, slf)?;
    Err(illegal_seek(vm))
}

fn flush(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    open_file(vm, slf)?;
    Ok(none())
}

fn isatty(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    open_file(vm, slf)?;
    Ok(new_bool(false))
}

/// `file_close`: later operations fail with "I/O operation on closed file".
fn close(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let Some(Payload::File(f)) = slf.map(|s| &s.payload) else {
        return Err(vm.type_error("descriptor requires a 'file' object"));
    };
    f.closed.set(true);
    Ok(none())
}

fn file_self(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    open_file(vm, slf)?;
    Ok(slf.cloned().unwrap_or_else(none))
}

/// `file_exit`: `self.close()` looked up and called, and None whatever happened inside.
fn exit(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let file = slf.cloned().unwrap_or_else(none);
    let close = vm.getattr(&file, &crate::objects::new_str_from("close"))?;
    vm.call_object(&close, &[], &[])?;
    Ok(none())
}
