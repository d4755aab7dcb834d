//! Reading `.pyc` files: the 8-byte header and CPython 2.7's marshal format (Python/marshal.c,
//! `r_object`), type code by type code.
//!
//! The input is untrusted, so the reader reproduces CPython's answer for malformed data where
//! CPython has one — the same exception message, and the same quirks that decide which message
//! wins (reading a 4-byte integer past the end yields a negative number rather than an error,
//! a dict goes on reading after a failed entry) — and a clean error where CPython would crash.
//! It never allocates more than the remaining input can fill, and checks nesting depth before
//! recursing, so no input makes it panic, exhaust memory or overflow the stack.

use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};

use crate::error::{FaultKind, VmError};
use crate::objects::dict::{DictTable, Probe};
use crate::objects::hash::{eq_immutable, hash_immutable};
use crate::objects::set::SetTable;
use crate::objects::{
    complex::new_complex, ellipsis, new_bool, new_dict, new_float, new_int, new_list, new_long,
    new_str, new_tuple, none, unicode::new_unicode, ObjRef, Payload, PyCode, PyObject,
};

/// The magic number of CPython 2.7 `.pyc` files (62211, then `\r\n`).
pub const PYC_MAGIC: [u8; 4] = [0x03, 0xf3, 0x0d, 0x0a];
/// Magic, then a 4-byte modification time the loader ignores.
pub const PYC_HEADER_LEN: usize = 8;
/// Nesting limit of `r_object` (`MAX_MARSHAL_STACK_DEPTH`).
pub const MAX_DEPTH: usize = 2000;
/// `SIZE32_MAX`: the largest size marshal accepts for a string, tuple, list or set.
const SIZE32_MAX: i64 = 0x7fff_ffff;

/// The exception CPython raises for a malformed stream, or how it fails otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarshalExc {
    ValueError,
    EOFError,
    TypeError,
    SystemError,
    UnicodeDecodeError,
    /// CPython aborts the process (`Py_FatalError`).
    Fatal,
    /// CPython accepts the data but this VM cannot represent the result.
    Unsupported,
}

impl MarshalExc {
    /// The Python exception name (the abort and unsupported cases have none).
    pub fn name(self) -> &'static str {
        match self {
            MarshalExc::ValueError => "ValueError",
            MarshalExc::EOFError => "EOFError",
            MarshalExc::TypeError => "TypeError",
            MarshalExc::SystemError => "SystemError",
            MarshalExc::UnicodeDecodeError => "UnicodeDecodeError",
            MarshalExc::Fatal => "Fatal Python error",
            MarshalExc::Unsupported => "unsupported",
        }
    }
}

/// A failed load: the exception, its message, and the input offset where reading stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarshalError {
    pub exc: MarshalExc,
    pub message: String,
    pub offset: usize,
}

impl MarshalError {
    /// Errors that end the load at once: CPython would abort, or this VM cannot go on.
    fn is_final(&self) -> bool {
        matches!(self.exc, MarshalExc::Fatal | MarshalExc::Unsupported)
    }

    fn into_vm_error(self, base: usize) -> VmError {
        VmError {
            kind: FaultKind::BadPyc,
            message: format!("{} (at byte {})", self.message, self.offset + base),
        }
    }
}

/// What the caller can supply that the object model cannot build on its own.
#[derive(Default)]
pub struct Options {
    /// The `StopIteration` class, which type code `S` stands for; without it `S` is an error.
    pub stop_iteration: Option<ObjRef>,
}

/// Loads a whole `.pyc`: checks the header, then reads the module's code object as CPython's
/// `run_pyc_file` does (data after the object is ignored).
pub fn load_pyc(data: &[u8]) -> Result<ObjRef, VmError> {
    load_pyc_with(data, &Options::default())
}

pub fn load_pyc_with(data: &[u8], options: &Options) -> Result<ObjRef, VmError> {
    let bad = |message: String| VmError {
        kind: FaultKind::BadPyc,
        message,
    };
    let magic = &data[..data.len().min(4)];
    if magic != PYC_MAGIC {
        return Err(bad(format!(
            "Bad magic number in .pyc file (found {}, expected {} for Python 2.7)",
            hex_bytes(magic),
            hex_bytes(&PYC_MAGIC)
        )));
    }
    if data.len() < PYC_HEADER_LEN {
        return Err(bad(format!(
            "EOF read where object expected (the file is {} bytes long, shorter than the \
             {PYC_HEADER_LEN}-byte .pyc header)",
            data.len()
        )));
    }
    let mut reader = Reader::new(&data[PYC_HEADER_LEN..], options);
    match reader.r_object() {
        Err(e) => Err(e.into_vm_error(PYC_HEADER_LEN)),
        Ok(None) => Err(bad(format!(
            "Bad code object in .pyc file (a NULL object at byte {PYC_HEADER_LEN})"
        ))),
        Ok(Some(obj)) if matches!(obj.payload, Payload::Code(_)) => Ok(obj),
        Ok(Some(obj)) => Err(bad(format!(
            "Bad code object in .pyc file (the marshalled object is a {}, not code)",
            type_name(&obj)
        ))),
    }
}

/// Loads one object from a bare marshal stream, as `marshal.loads` does.
pub fn loads(data: &[u8]) -> Result<ObjRef, VmError> {
    loads_with(data, &Options::default()).map_err(|e| e.into_vm_error(0))
}

/// `marshal.loads` with the details a Python-level caller needs to raise the right exception.
pub fn loads_with(data: &[u8], options: &Options) -> Result<ObjRef, MarshalError> {
    let mut reader = Reader::new(data, options);
    match reader.r_object()? {
        Some(obj) => Ok(obj),
        None => Err(reader.error(
            MarshalExc::TypeError,
            "NULL object in marshal data for object",
        )),
    }
}

fn hex_bytes(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "no bytes".to_string();
    }
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    hex.join(" ")
}

/// The Python type name of a value marshal can produce.
fn type_name(obj: &ObjRef) -> &'static str {
    match &obj.payload {
        Payload::None => "NoneType",
        Payload::Ellipsis => "ellipsis",
        Payload::Bool(_) => "bool",
        Payload::Int(_) => "int",
        Payload::Long(_) => "long",
        Payload::Float(_) => "float",
        Payload::Complex(_) => "complex",
        Payload::Str(_) => "str",
        Payload::Unicode(_) => "unicode",
        Payload::Tuple(_) => "tuple",
        Payload::List(_) => "list",
        Payload::Dict(_) => "dict",
        Payload::Set(_) => "set",
        Payload::FrozenSet(_) => "frozenset",
        Payload::Code(_) => "code",
        Payload::Type(_) => "type",
        _ => "object",
    }
}

/// `r_object`'s result: `Ok(None)` is a NULL without an exception (type code `0`, or a code
/// object with a NULL field), which each container turns into its own error.
type Loaded = Result<Option<ObjRef>, MarshalError>;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    depth: usize,
    /// Strings read with type code `t`, which `R` refers to by index.
    strings: Vec<ObjRef>,
    options: &'a Options,
}

impl<'a> Reader<'a> {
    fn new(data: &'a [u8], options: &'a Options) -> Self {
        Reader {
            data,
            pos: 0,
            depth: 0,
            strings: Vec::new(),
            options,
        }
    }

    fn error(&self, exc: MarshalExc, message: impl Into<String>) -> MarshalError {
        MarshalError {
            exc,
            message: message.into(),
            offset: self.pos,
        }
    }

    fn eof(&self) -> MarshalError {
        self.error(MarshalExc::EOFError, "EOF read where object expected")
    }

    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    /// `r_byte`: the next byte, or `None` (C's `EOF`) without advancing.
    fn r_byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    /// `r_byte` as C sees it: 0..=255, or -1 at the end.
    fn r_byte_c(&mut self) -> i64 {
        self.r_byte().map_or(-1, i64::from)
    }

    /// `r_long`: four little-endian bytes, sign-extended from 32 bits. Past the end each
    /// missing byte reads as -1, which makes the result negative — CPython does not report
    /// the end here, the size checks that follow do.
    fn r_long(&mut self) -> i64 {
        let mut x = self.r_byte_c();
        x |= self.r_byte_c() << 8;
        x |= self.r_byte_c() << 16;
        x |= self.r_byte_c() << 24;
        x |= -(x & 0x8000_0000);
        x
    }

    /// `r_short`: two little-endian bytes as a signed 16-bit value (-1 past the end).
    fn r_short(&mut self) -> i64 {
        let lo = self.r_byte_c();
        let hi = self.r_byte_c();
        i64::from((lo | (hi << 8)) as i16)
    }

    /// `r_string`: `n` bytes, or the end-of-data error after consuming what is there.
    fn r_bytes(&mut self, n: usize) -> Result<&'a [u8], MarshalError> {
        if self.remaining() < n {
            self.pos = self.data.len();
            return Err(self.eof());
        }
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    /// A 32-bit size field, with CPython's range check and message.
    fn r_size(&mut self, what: &str) -> Result<usize, MarshalError> {
        let n = self.r_long();
        if !(0..=SIZE32_MAX).contains(&n) {
            return Err(self.error(
                MarshalExc::ValueError,
                format!("bad marshal data ({what} size out of range)"),
            ));
        }
        Ok(n as usize)
    }

    /// Strings read as interned join the VM's one table, so `is` holds between equal
    /// identifiers of different code objects and modules, as in CPython.
    fn intern(&mut self, obj: ObjRef) -> ObjRef {
        crate::objects::str::intern(obj)
    }

    fn r_object(&mut self) -> Loaded {
        let ty = self.r_byte();
        self.depth += 1;
        let result = if self.depth > MAX_DEPTH {
            Err(self.error(MarshalExc::ValueError, "recursion limit exceeded"))
        } else {
            match ty {
                None => Err(self.eof()),
                Some(ty) => self.r_typed(ty),
            }
        };
        self.depth -= 1;
        result
    }

    /// Containers recurse through here, so this frame stays small; scalars are read in
    /// their own function.
    fn r_typed(&mut self, ty: u8) -> Loaded {
        let obj = match ty {
            b'(' => new_tuple(self.r_items(b'(')?),
            b'[' => new_list(self.r_items(b'[')?),
            b'{' => self.r_dict()?,
            b'<' | b'>' => self.r_set(ty == b'>')?,
            b'c' => return self.r_code(),
            _ => return self.r_scalar(ty),
        };
        Ok(Some(obj))
    }

    #[inline(never)]
    fn r_scalar(&mut self, ty: u8) -> Loaded {
        let obj = match ty {
            b'0' => return Ok(None),
            b'N' => none(),
            b'F' => new_bool(false),
            b'T' => new_bool(true),
            b'.' => ellipsis(),
            b'S' => match &self.options.stop_iteration {
                Some(cls) => cls.clone(),
                None => {
                    return Err(self.error(
                        MarshalExc::Unsupported,
                        "StopIteration constant not supported",
                    ))
                }
            },
            b'i' => new_int(self.r_long()),
            b'I' => {
                let lo = self.r_long();
                let hi = self.r_long();
                new_int((hi << 32) | (lo & 0xffff_ffff))
            }
            b'l' => self.r_long_object()?,
            b'f' => {
                let v = self.r_text_float()?;
                new_float(v)
            }
            b'g' => new_float(self.r_binary_float()?),
            b'x' => {
                let real = self.r_text_float()?;
                let imag = self.r_text_float()?;
                new_complex(real, imag)
            }
            b'y' => {
                let real = self.r_binary_float()?;
                let imag = self.r_binary_float()?;
                new_complex(real, imag)
            }
            b's' | b't' => {
                let n = self.r_size("string")?;
                let s = new_str(self.r_bytes(n)?.to_vec());
                if ty == b't' {
                    let s = self.intern(s);
                    self.strings.push(s.clone());
                    s
                } else {
                    s
                }
            }
            b'R' => {
                let n = self.r_long();
                match usize::try_from(n).ok().and_then(|i| self.strings.get(i)) {
                    Some(s) => s.clone(),
                    None => {
                        return Err(self.error(
                            MarshalExc::ValueError,
                            "bad marshal data (string ref out of range)",
                        ))
                    }
                }
            }
            b'u' => {
                let n = self.r_size("unicode")?;
                let bytes = self.r_bytes(n)?;
                match decode_utf8(bytes) {
                    Ok(chars) => new_unicode(chars),
                    Err(msg) => return Err(self.error(MarshalExc::UnicodeDecodeError, msg)),
                }
            }
            _ => {
                return Err(self.error(
                    MarshalExc::ValueError,
                    "bad marshal data (unknown type code)",
                ))
            }
        };
        Ok(Some(obj))
    }

    /// The items of a tuple or list. Capacity is bounded by the input left, since every
    /// item takes at least one byte.
    fn r_items(&mut self, ty: u8) -> Result<Vec<ObjRef>, MarshalError> {
        let what = if ty == b'(' { "tuple" } else { "list" };
        let n = self.r_size(what)?;
        let mut items = Vec::with_capacity(n.min(self.remaining()));
        for _ in 0..n {
            match self.r_object()? {
                Some(item) => items.push(item),
                None => return Err(self.null_in(what)),
            }
        }
        Ok(items)
    }

    #[inline(never)]
    fn null_in(&self, what: &str) -> MarshalError {
        self.error(
            MarshalExc::TypeError,
            format!("NULL object in marshal data for {what}"),
        )
    }

    /// `TYPE_LONG`: a signed count of 15-bit digits, least significant first.
    fn r_long_object(&mut self) -> Result<ObjRef, MarshalError> {
        let n = self.r_long();
        if n == 0 {
            return Ok(new_long(BigInt::from(0)));
        }
        if !(-SIZE32_MAX..=SIZE32_MAX).contains(&n) {
            return Err(self.error(
                MarshalExc::ValueError,
                "bad marshal data (long size out of range)",
            ));
        }
        let count = n.unsigned_abs() as usize;
        let mut shorts: Vec<u16> = Vec::with_capacity(count.min(self.remaining() / 2 + 1));
        for i in 0..count {
            let md = self.r_short();
            if !(0..=0x8000).contains(&md) {
                return Err(self.error(
                    MarshalExc::ValueError,
                    "bad marshal data (digit out of range in long)",
                ));
            }
            if md == 0 && i == count - 1 {
                return Err(self.error(
                    MarshalExc::ValueError,
                    "bad marshal data (unnormalized long data)",
                ));
            }
            shorts.push(md as u16);
        }
        let magnitude = pack_15bit_digits(&shorts);
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(new_long(BigInt::from_biguint(sign, magnitude)))
    }

    /// `TYPE_FLOAT`: a length byte and the decimal text, parsed as `PyOS_string_to_double`.
    fn r_text_float(&mut self) -> Result<f64, MarshalError> {
        let n = match self.r_byte() {
            Some(n) => n as usize,
            None => return Err(self.eof()),
        };
        let text = self.r_bytes(n)?;
        // C reads the buffer as a NUL-terminated string.
        let text = text.split(|&b| b == 0).next().unwrap_or(&[]);
        parse_float(text).ok_or_else(|| {
            let shown = String::from_utf8_lossy(&text[..text.len().min(200)]);
            self.error(
                MarshalExc::ValueError,
                format!("could not convert string to float: {shown}"),
            )
        })
    }

    fn r_binary_float(&mut self) -> Result<f64, MarshalError> {
        let bytes = self.r_bytes(8)?;
        let mut buf = [0u8; 8];
        buf.copy_from_slice(bytes);
        Ok(f64::from_le_bytes(buf))
    }

    /// A hash for a dict or set key, or CPython's `unhashable type` error.
    fn key_hash(&self, key: &ObjRef) -> Result<i64, MarshalError> {
        hash_immutable(key).ok_or_else(|| match unhashable_part(key) {
            Some(name) => self.error(MarshalExc::TypeError, format!("unhashable type: '{name}'")),
            None => self.error(
                MarshalExc::Unsupported,
                format!(
                    "cannot hash a {} key without running Python code",
                    type_name(key)
                ),
            ),
        })
    }

    fn lookup(&self, key: &ObjRef, hash: i64, table: &DictTable) -> Result<Probe, MarshalError> {
        table
            .lookup(key, hash, &mut eq_immutable)
            .ok_or_else(|| self.undecidable_eq())
    }

    fn undecidable_eq(&self) -> MarshalError {
        self.error(
            MarshalExc::Unsupported,
            "cannot compare keys with equal hashes without running Python code",
        )
    }

    #[inline(never)]
    fn add_member(&self, set: &mut SetTable, item: ObjRef) -> Result<(), MarshalError> {
        let h = self.key_hash(&item)?;
        let probe = set
            .lookup(&item, h, &mut eq_immutable)
            .ok_or_else(|| self.undecidable_eq())?;
        set.add_at(probe, item, h);
        Ok(())
    }

    #[inline(never)]
    fn add_entry(
        &self,
        table: &mut DictTable,
        key: ObjRef,
        value: ObjRef,
    ) -> Result<(), MarshalError> {
        let h = self.key_hash(&key)?;
        let probe = self.lookup(&key, h, table)?;
        // The replaced value, if any, is dropped here.
        table.store_at(probe, key, h, value);
        Ok(())
    }

    /// `TYPE_DICT`: key/value pairs up to a NULL key. As in CPython, a failed value or insert
    /// does not stop the loop; the last error set is the one reported.
    fn r_dict(&mut self) -> Result<ObjRef, MarshalError> {
        let mut table = DictTable::new();
        let mut pending: Option<MarshalError> = None;
        loop {
            let key = match self.r_object() {
                Ok(Some(key)) => key,
                Ok(None) => break,
                Err(e) if e.is_final() => return Err(e),
                Err(e) => {
                    pending = Some(e);
                    break;
                }
            };
            match self.r_object() {
                Ok(Some(value)) => match self.add_entry(&mut table, key, value) {
                    Err(e) if e.is_final() => return Err(e),
                    Err(e) => pending = Some(e),
                    Ok(()) => {}
                },
                Ok(None) => {}
                Err(e) if e.is_final() => return Err(e),
                Err(e) => pending = Some(e),
            }
        }
        match pending {
            Some(e) => Err(e),
            None => Ok(new_dict(table)),
        }
    }

    /// `TYPE_SET` / `TYPE_FROZENSET`: a counted list of members added one by one.
    fn r_set(&mut self, frozen: bool) -> Result<ObjRef, MarshalError> {
        let n = self.r_size("set")?;
        let mut set = SetTable::new();
        for _ in 0..n {
            let Some(item) = self.r_object()? else {
                return Err(self.null_in("set"));
            };
            self.add_member(&mut set, item)?;
        }
        Ok(PyObject::new(if frozen {
            Payload::FrozenSet(set)
        } else {
            Payload::Set(std::cell::RefCell::new(set))
        }))
    }

    /// `TYPE_CODE`: four integers, nine objects, the first line number and `co_lnotab`, then
    /// `PyCode_New`'s checks. A NULL field makes the whole code object NULL, silently.
    fn r_code(&mut self) -> Loaded {
        let argcount = self.r_long() as i32;
        let nlocals = self.r_long() as i32;
        let stacksize = self.r_long() as i32;
        let flags = self.r_long() as i32;
        let mut fields: Vec<ObjRef> = Vec::with_capacity(8);
        for _ in 0..8 {
            match self.r_object()? {
                Some(obj) => fields.push(obj),
                None => return Ok(None),
            }
        }
        let firstlineno = self.r_long() as i32;
        let Some(lnotab) = self.r_object()? else {
            return Ok(None);
        };
        let ints = [argcount, nlocals, stacksize, flags, firstlineno];
        self.build_code(ints, fields, lnotab).map(Some)
    }

    /// `PyCode_New`: type checks, interning, and the code object.
    #[inline(never)]
    fn build_code(
        &mut self,
        [argcount, nlocals, stacksize, flags, firstlineno]: [i32; 5],
        fields: Vec<ObjRef>,
        lnotab: ObjRef,
    ) -> Result<ObjRef, MarshalError> {
        let mut fields = fields.into_iter();
        let mut next = || fields.next().unwrap_or_else(none);
        let (code, consts, names, varnames) = (next(), next(), next(), next());
        let (freevars, cellvars, filename, name) = (next(), next(), next(), next());

        // PyCode_New rejects these with PyErr_BadInternalCall.
        let bad = |what: String| {
            Err(self.error(
                MarshalExc::SystemError,
                format!("Objects/codeobject.c:112: bad argument to internal function ({what})"),
            ))
        };
        if argcount < 0 {
            return bad(format!("co_argcount is {argcount}"));
        }
        if nlocals < 0 {
            return bad(format!("co_nlocals is {nlocals}"));
        }
        for (field, obj) in [
            ("co_consts", &consts),
            ("co_names", &names),
            ("co_varnames", &varnames),
            ("co_freevars", &freevars),
            ("co_cellvars", &cellvars),
        ] {
            if obj.as_tuple().is_none() {
                return bad(format!("{field} is a {}, not a tuple", type_name(obj)));
            }
        }
        for (field, obj) in [
            ("co_name", &name),
            ("co_filename", &filename),
            ("co_lnotab", &lnotab),
        ] {
            if obj.as_str_bytes().is_none() {
                return bad(format!("{field} is a {}, not a str", type_name(obj)));
            }
        }
        let code_bytes = match &code.payload {
            Payload::Str(s) => s.as_bytes().to_vec(),
            Payload::Unicode(_) => {
                return Err(self.error(
                    MarshalExc::Unsupported,
                    "co_code is a unicode object (CPython accepts it as a buffer and would \
                     execute the bytes of its internal representation)",
                ))
            }
            _ => return bad(format!("co_code is a {}, not a str", type_name(&code))),
        };

        let mut name_lists = Vec::with_capacity(4);
        for tuple in [&names, &varnames, &freevars, &cellvars] {
            let mut items = Vec::new();
            for item in tuple.as_tuple().unwrap_or(&[]) {
                if item.as_str_bytes().is_none() {
                    return Err(self.error(MarshalExc::Fatal, "non-string found in code slot"));
                }
                items.push(self.intern(item.clone()));
            }
            name_lists.push(items);
        }
        let mut name_lists = name_lists.into_iter();
        let consts = self.intern_constants(consts.as_tuple().unwrap_or(&[]));

        let code = PyCode {
            argcount: argcount as u32,
            nlocals: nlocals as u32,
            stacksize: stacksize as u32,
            flags: flags as u32,
            code: code_bytes,
            consts,
            names: name_lists.next().unwrap_or_default(),
            varnames: name_lists.next().unwrap_or_default(),
            freevars: name_lists.next().unwrap_or_default(),
            cellvars: name_lists.next().unwrap_or_default(),
            filename,
            name,
            firstlineno,
            lnotab: lnotab.as_str_bytes().unwrap_or(&[]).to_vec(),
        };
        Ok(PyObject::new(Payload::Code(Rc::new(code))))
    }

    /// `intern_string_constants`: identifier-like `str` constants, also inside tuples, are
    /// interned, so `is` between them behaves as in CPython.
    fn intern_constants(&mut self, items: &[ObjRef]) -> Vec<ObjRef> {
        items
            .iter()
            .map(|item| match &item.payload {
                Payload::Str(s) if s.as_bytes().iter().all(|&c| is_name_char(c)) => {
                    self.intern(item.clone())
                }
                Payload::Tuple(inner) => {
                    let new = self.intern_constants(inner);
                    if new.iter().zip(inner.iter()).all(|(a, b)| Rc::ptr_eq(a, b)) {
                        item.clone()
                    } else {
                        new_tuple(new)
                    }
                }
                _ => item.clone(),
            })
            .collect()
    }
}

/// `NAME_CHARS` of Objects/codeobject.c.
fn is_name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The first unhashable part of a key, in the order CPython would hash it.
fn unhashable_part(obj: &ObjRef) -> Option<&'static str> {
    match &obj.payload {
        Payload::List(_) => Some("list"),
        Payload::Dict(_) => Some("dict"),
        Payload::Set(_) => Some("set"),
        Payload::Tuple(items) => items
            .iter()
            .find(|i| hash_immutable(i).is_none())
            .and_then(unhashable_part),
        Payload::Code(code) => code
            .consts
            .iter()
            .find(|i| hash_immutable(i).is_none())
            .and_then(unhashable_part),
        _ => None,
    }
}

/// Little-endian 15-bit digits to a magnitude.
fn pack_15bit_digits(shorts: &[u16]) -> BigUint {
    let mut words: Vec<u32> = Vec::with_capacity(shorts.len() / 2 + 1);
    let mut acc: u64 = 0;
    let mut bits = 0;
    for &d in shorts {
        acc |= u64::from(d) << bits;
        bits += 15;
        if bits >= 32 {
            words.push(acc as u32);
            acc >>= 32;
            bits -= 32;
        }
    }
    if bits > 0 {
        words.push(acc as u32);
    }
    BigUint::new(words)
}

/// `PyOS_string_to_double` with no end pointer: the whole text must be a decimal number
/// (`_Py_dg_strtod`, no leading spaces) or `inf`/`infinity`/`nan` with an optional sign.
fn parse_float(text: &[u8]) -> Option<f64> {
    let (negative, body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" {
        // CPython's NaN constant has the sign bit set here; a leading '-' clears it.
        let bits: u64 = if negative {
            0x7ff8_0000_0000_0000
        } else {
            0xfff8_0000_0000_0000
        };
        return Some(f64::from_bits(bits));
    }
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while body.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if body.get(i) == Some(&b'.') {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return None;
        }
    }
    if i != body.len() {
        return None;
    }
    // Validated ASCII, so the conversion cannot fail; Rust's parser rounds correctly, as
    // `_Py_dg_strtod` does, and overflows to infinity and underflows to zero the same way.
    let v: f64 = std::str::from_utf8(body).ok()?.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// CPython 2.7's strict UTF-8 decoder (`PyUnicode_DecodeUTF8`), which accepts encoded
/// surrogates, with its `UnicodeDecodeError` text on failure.
fn decode_utf8(s: &[u8]) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    let fail = |start: usize, end: usize, reason: &str| -> String {
        if end == start + 1 {
            format!(
                "'utf8' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                s[start]
            )
        } else {
            format!(
                "'utf8' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            )
        }
    };
    let cont = |b: u8| b & 0xc0 == 0x80;
    while i < s.len() {
        let c = s[i];
        if c < 0x80 {
            out.push(u32::from(c));
            i += 1;
            continue;
        }
        let n = match c {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 0,
        };
        if n == 0 {
            return Err(fail(i, i + 1, "invalid start byte"));
        }
        if i + n > s.len() {
            let mut end = i + 1;
            while end < s.len() && cont(s[end]) {
                end += 1;
            }
            return Err(fail(i, end, "unexpected end of data"));
        }
        let b = &s[i..i + n];
        let ch = match n {
            2 => {
                if !cont(b[1]) {
                    return Err(fail(i, i + 1, "invalid continuation byte"));
                }
                (u32::from(b[0] & 0x1f) << 6) | u32::from(b[1] & 0x3f)
            }
            3 => {
                if !cont(b[1]) || !cont(b[2]) || (b[0] == 0xe0 && b[1] < 0xa0) {
                    let end = if cont(b[1]) { i + 2 } else { i + 1 };
                    return Err(fail(i, end, "invalid continuation byte"));
                }
                (u32::from(b[0] & 0x0f) << 12)
                    | (u32::from(b[1] & 0x3f) << 6)
                    | u32::from(b[2] & 0x3f)
            }
            _ => {
                if !cont(b[1])
                    || !cont(b[2])
                    || !cont(b[3])
                    || (b[0] == 0xf0 && b[1] < 0x90)
                    || (b[0] == 0xf4 && b[1] > 0x8f)
                {
                    let end = if !cont(b[1]) {
                        i + 1
                    } else if !cont(b[2]) {
                        i + 2
                    } else {
                        i + 3
                    };
                    return Err(fail(i, end, "invalid continuation byte"));
                }
                (u32::from(b[0] & 0x07) << 18)
                    | (u32::from(b[1] & 0x3f) << 12)
                    | (u32::from(b[2] & 0x3f) << 6)
                    | u32::from(b[3] & 0x3f)
            }
        };
        out.push(ch);
        i += n;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::hash::hash_immutable;

    const HELLO: &[u8] = include_bytes!("../tests/fixtures/hello.pyc");
    const CONSTS: &[u8] = include_bytes!("../tests/fixtures/consts.pyc");

    /// Runs `f` on a thread with a large stack, as the VM's caller does.
    fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(f)
            .unwrap()
            .join()
            .unwrap()
    }

    fn err(data: &[u8]) -> MarshalError {
        match loads_with(data, &Options::default()) {
            Ok(_) => panic!("{data:?} loaded"),
            Err(e) => e,
        }
    }

    fn pyc_err(data: &[u8]) -> VmError {
        load_pyc(data).err().expect("the .pyc loaded")
    }

    fn msg(data: &[u8]) -> String {
        err(data).message
    }

    fn load(data: &[u8]) -> ObjRef {
        loads_with(data, &Options::default()).unwrap_or_else(|e| panic!("{data:?}: {e:?}"))
    }

    fn int(obj: &ObjRef) -> i64 {
        match obj.payload {
            Payload::Int(v) => v,
            _ => panic!("not an int"),
        }
    }

    fn code(obj: &ObjRef) -> &PyCode {
        match &obj.payload {
            Payload::Code(c) => c,
            _ => panic!("not code"),
        }
    }

    fn strs(items: &[ObjRef]) -> Vec<String> {
        items
            .iter()
            .map(|s| String::from_utf8(s.as_str_bytes().unwrap().to_vec()).unwrap())
            .collect()
    }

    #[test]
    fn loads_hello_pyc() {
        let obj = load_pyc(HELLO).unwrap();
        let c = code(&obj);
        assert_eq!((c.argcount, c.nlocals, c.stacksize, c.flags), (0, 0, 1, 64));
        assert_eq!(c.code, b"d\x00\x00GHd\x01\x00S");
        assert_eq!(c.consts[0].as_str_bytes(), Some(&b"hello"[..]));
        assert!(c.consts[1].is_none());
        assert_eq!(c.filename_bytes(), b"hello.py");
        assert_eq!(c.name_bytes(), b"<module>");
        assert_eq!(c.firstlineno, 1);
        assert!(c.lnotab.is_empty() && c.names.is_empty() && c.varnames.is_empty());
    }

    #[test]
    fn loads_constants_and_nested_code() {
        let obj = load_pyc(CONSTS).unwrap();
        let m = code(&obj);
        assert_eq!(m.consts.len(), 19);
        assert_eq!(strs(&m.names)[..3], ["u", "big", "neg"]);
        assert_eq!(m.lnotab.len(), 16);
        let k = &m.consts;
        match &k[0].payload {
            Payload::Unicode(u) => {
                let expected: Vec<u32> = "café € 😀".chars().map(|c| c as u32).collect();
                assert_eq!(u.chars(), &expected[..]);
            }
            _ => panic!("unicode constant"),
        }
        match &k[3].payload {
            Payload::Long(v) => assert_eq!(v.to_string(), "-12345678901234567890"),
            _ => panic!("long constant"),
        }
        match &k[15].payload {
            Payload::Long(v) => assert_eq!(*v, BigInt::from(2).pow(100)),
            _ => panic!("long constant"),
        }
        assert!(matches!(k[4].payload, Payload::Float(v) if v == 1.5));
        assert!(matches!(k[9].payload, Payload::Float(v) if v == 0.0 && v.is_sign_negative()));
        assert!(matches!(k[6].payload, Payload::Complex(c) if c.real == 0.0 && c.imag == 2.0));
        assert!(matches!(k[16].payload, Payload::Complex(c) if c.real == 1.0 && c.imag == 2.0));
        let t = k[17].as_tuple().unwrap();
        assert!(matches!(t[0].payload, Payload::Float(v) if v == 3.0));
        assert!(matches!(&t[1].payload, Payload::Unicode(u) if u.chars() == [b'x' as u32]));
        match &k[18].payload {
            Payload::FrozenSet(s) => {
                let keys: Vec<String> = s
                    .keys()
                    .map(|k| match &k.payload {
                        Payload::Int(v) => v.to_string(),
                        Payload::Str(s) => String::from_utf8_lossy(s.as_bytes()).into_owned(),
                        _ => panic!("member"),
                    })
                    .collect();
                // CPython's repr: frozenset(['a', 1, 2]).
                assert_eq!(keys, ["a", "1", "2"]);
            }
            _ => panic!("frozenset constant"),
        }
        // Hashes of the loaded constants, as CPython 2.7.18 prints them.
        let expected_hashes = [
            (0, -4715609533886308681),
            (3, 6101065172474983726),
            (6, 2000006),
            (7, -1495230934645649107),
            (10, 15360046201),
            (15, 68719476736),
            (17, 3705846449310500131),
            (18, -8082550906120599205),
        ];
        for (i, h) in expected_hashes {
            assert_eq!(hash_immutable(&k[i]), Some(h), "const {i}");
        }

        let outer = code(&k[11]);
        assert_eq!(outer.name_bytes(), b"outer");
        assert_eq!(
            (
                outer.argcount,
                outer.nlocals,
                outer.flags,
                outer.firstlineno
            ),
            (2, 3, 3, 10)
        );
        assert_eq!(strs(&outer.varnames), ["a", "b", "inner"]);
        assert_eq!(strs(&outer.cellvars), ["a"]);
        let inner = code(&outer.consts[1]);
        assert_eq!(inner.name_bytes(), b"inner");
        assert_eq!(strs(&inner.freevars), ["a"]);
        assert_eq!(inner.flags, 19);
        let class_body = code(&k[13]);
        assert_eq!(strs(&class_body.names), ["__name__", "__module__", "m"]);
        let method = code(&class_body.consts[0]);
        assert_eq!(method.name_bytes(), b"m");
        assert_eq!(method.consts[1].as_str_bytes(), Some(&b"m"[..]));
        // Interned names are shared objects, as `t`/`R` and interning make them in CPython.
        assert!(crate::objects::is(&outer.cellvars[0], &inner.freevars[0]));
        assert!(crate::objects::is(&outer.varnames[0], &outer.cellvars[0]));
    }

    #[test]
    fn integers_read_like_cpython_even_past_the_end() {
        assert_eq!(int(&load(b"i\x05\x00\x00\x00")), 5);
        assert_eq!(int(&load(b"i\xfe\xff\xff\xff")), -2);
        assert_eq!(int(&load(b"I\x00\x00\x00\x00\x01\x00\x00\x00")), 1 << 32);
        assert_eq!(int(&load(b"I\xff\xff\xff\xff\xff\xff\xff\x7f")), i64::MAX);
        // CPython's r_long reads EOF as -1 bytes instead of failing.
        assert_eq!(int(&load(b"i")), -1);
        assert_eq!(int(&load(b"i\x01")), -255);
        assert_eq!(int(&load(b"I\x01\x00")), -65535);
        match &load(b"l\xff\xff\xff\xff\x05\x00").payload {
            Payload::Long(v) => assert_eq!(*v, BigInt::from(-5)),
            _ => panic!("long"),
        }
        match &load(b"l\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00").payload {
            Payload::Long(v) => assert_eq!(v.to_string(), "18446744073709551616"),
            _ => panic!("long"),
        }
        match &load(b"l\x00\x00\x00\x00").payload {
            Payload::Long(v) => assert_eq!(*v, BigInt::from(0)),
            _ => panic!("long"),
        }
    }

    #[test]
    fn floats_and_complexes() {
        let f = |data: &[u8]| match load(data).payload {
            Payload::Float(v) => v,
            _ => panic!("float"),
        };
        assert_eq!(f(b"f\x031e5"), 100000.0);
        assert_eq!(f(b"f\x031.\x00"), 1.0);
        assert_eq!(f(b"f\x02.5"), 0.5);
        assert_eq!(f(b"f\x041e99"), 1e99);
        assert_eq!(f(b"f\x051e999"), f64::INFINITY);
        assert_eq!(f(b"f\x08Infinity"), f64::INFINITY);
        assert_eq!(f(b"f\x04-inf"), f64::NEG_INFINITY);
        assert_eq!(f(b"f\x045.e3"), 5000.0);
        assert_eq!(f(b"f\x030.1"), 0.1);
        assert_eq!(f(b"f\x03nan").to_bits(), 0xfff8_0000_0000_0000);
        assert_eq!(f(b"f\x04-nan").to_bits(), 0x7ff8_0000_0000_0000);
        assert_eq!(f(b"g\x00\x00\x00\x00\x00\x00\xf8\x3f"), 1.5);
        assert!(matches!(
            load(b"y\x00\x00\x00\x00\x00\x00\xf0\x3f\x00\x00\x00\x00\x00\x00\x00\xc0").payload,
            Payload::Complex(c) if c.real == 1.0 && c.imag == -2.0
        ));
        assert!(matches!(
            load(b"x\x011\x032.5").payload,
            Payload::Complex(c) if c.real == 1.0 && c.imag == 2.5
        ));
        assert_eq!(msg(b"f\x04 1.5"), "could not convert string to float:  1.5");
        assert_eq!(msg(b"f\x01."), "could not convert string to float: .");
        assert_eq!(msg(b"f\x03abc"), "could not convert string to float: abc");
        assert_eq!(
            msg(b"f\x05+inFx"),
            "could not convert string to float: +inFx"
        );
        assert_eq!(msg(b"f\x021e"), "could not convert string to float: 1e");
        assert_eq!(msg(b"f"), "EOF read where object expected");
        assert_eq!(msg(b"f\x05ab"), "EOF read where object expected");
        assert_eq!(msg(b"x\x011\x01"), "EOF read where object expected");
        assert_eq!(msg(b"g\x00\x00"), "EOF read where object expected");
    }

    #[test]
    fn strings_interning_and_references() {
        let t = load(b"(\x03\x00\x00\x00t\x01\x00\x00\x00at\x02\x00\x00\x00bcR\x01\x00\x00\x00");
        let items = t.as_tuple().unwrap();
        assert_eq!(strs(items), ["a", "bc", "bc"]);
        assert!(crate::objects::is(&items[1], &items[2]));
        let t = load(b"(\x02\x00\x00\x00t\x02\x00\x00\x00xyt\x02\x00\x00\x00xy");
        let items = t.as_tuple().unwrap();
        assert!(
            crate::objects::is(&items[0], &items[1]),
            "equal interned strings are one"
        );
        assert_eq!(
            msg(b"R\x00\x00\x00\x00"),
            "bad marshal data (string ref out of range)"
        );
        assert_eq!(
            msg(b"(\x02\x00\x00\x00t\x01\x00\x00\x00aR\x01\x00\x00\x00"),
            "bad marshal data (string ref out of range)"
        );
        assert_eq!(
            msg(b"R\xff\xff\xff\xff"),
            "bad marshal data (string ref out of range)"
        );
        // `s` strings do not enter the table.
        assert_eq!(
            msg(b"(\x02\x00\x00\x00s\x01\x00\x00\x00aR\x00\x00\x00\x00"),
            "bad marshal data (string ref out of range)"
        );
    }

    #[test]
    fn unicode_decoding_matches_cpython() {
        let chars = |data: &[u8]| match &load(data).payload {
            Payload::Unicode(u) => u.chars().to_vec(),
            _ => panic!("unicode"),
        };
        assert_eq!(chars(b"u\x02\x00\x00\x00\xc3\xa9"), [0xe9]);
        assert_eq!(chars(b"u\x03\x00\x00\x00\xed\xa0\x80"), [0xd800]);
        assert_eq!(chars(b"u\x04\x00\x00\x00\xf0\x9f\x98\x80"), [0x1f600]);
        assert_eq!(chars(b"u\x00\x00\x00\x00"), [0u32; 0]);
        assert_eq!(
            msg(b"u\x01\x00\x00\x00\xe9"),
            "'utf8' codec can't decode byte 0xe9 in position 0: unexpected end of data"
        );
        assert_eq!(
            msg(b"u\x02\x00\x00\x00\xe2\x82"),
            "'utf8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
        assert_eq!(
            msg(b"u\x03\x00\x00\x00\xe2\x28\xa1"),
            "'utf8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"
        );
        assert_eq!(
            msg(b"u\x02\x00\x00\x00a\x80"),
            "'utf8' codec can't decode byte 0x80 in position 1: invalid start byte"
        );
        assert_eq!(
            err(b"u\x01\x00\x00\x00\xff").exc,
            MarshalExc::UnicodeDecodeError
        );
    }

    #[test]
    fn size_errors_and_huge_sizes() {
        assert_eq!(msg(b"s"), "bad marshal data (string size out of range)");
        assert_eq!(msg(b"s\x05"), "bad marshal data (string size out of range)");
        assert_eq!(
            msg(b"t\xff\xff\xff\xff"),
            "bad marshal data (string size out of range)"
        );
        assert_eq!(
            msg(b"u\xff\xff\xff\xff"),
            "bad marshal data (unicode size out of range)"
        );
        assert_eq!(
            msg(b"(\xff\xff\xff\xff"),
            "bad marshal data (tuple size out of range)"
        );
        assert_eq!(
            msg(b"[\x00\x00\x00\x80"),
            "bad marshal data (list size out of range)"
        );
        assert_eq!(
            msg(b"<\xff\xff\xff\xff"),
            "bad marshal data (set size out of range)"
        );
        assert_eq!(
            msg(b">\xff\xff\xff\xff"),
            "bad marshal data (set size out of range)"
        );
        assert_eq!(
            msg(b"l\x00\x00\x00\x80"),
            "bad marshal data (long size out of range)"
        );
        // Sizes up to 2**31 - 1 with no data behind them fail without allocating.
        assert_eq!(
            msg(b"s\xff\xff\xff\x7fabc"),
            "EOF read where object expected"
        );
        assert_eq!(
            msg(b"u\xff\xff\xff\x7fabc"),
            "EOF read where object expected"
        );
        assert_eq!(
            msg(b"(\xff\xff\xff\x7fNN"),
            "EOF read where object expected"
        );
        assert_eq!(
            msg(b"[\xff\xff\xff\x7fNN"),
            "EOF read where object expected"
        );
        assert_eq!(
            msg(b">\xff\xff\xff\x7fNN"),
            "EOF read where object expected"
        );
        assert_eq!(
            msg(b"s\x05\x00\x00\x00ab"),
            "EOF read where object expected"
        );
        assert_eq!(
            msg(b"l\xff\xff\xff\x7f\x01\x00"),
            "bad marshal data (digit out of range in long)"
        );
    }

    #[test]
    fn long_digit_checks() {
        assert_eq!(msg(b"l"), "bad marshal data (digit out of range in long)");
        assert_eq!(
            msg(b"l\x02\x00\x00\x00\x01\x00\x00\x00"),
            "bad marshal data (unnormalized long data)"
        );
        assert_eq!(
            msg(b"l\x01\x00\x00\x00\x00\x80"),
            "bad marshal data (digit out of range in long)"
        );
        assert_eq!(
            msg(b"l\x03\x00\x00\x00\x00\x80\x01\x00\x00\x00"),
            "bad marshal data (digit out of range in long)"
        );
    }

    #[test]
    fn null_eof_and_unknown_codes() {
        assert_eq!(msg(b""), "EOF read where object expected");
        assert_eq!(err(b"").exc, MarshalExc::EOFError);
        assert_eq!(msg(b"0"), "NULL object in marshal data for object");
        assert_eq!(
            msg(b"(\x02\x00\x00\x00N0"),
            "NULL object in marshal data for tuple"
        );
        assert_eq!(
            msg(b"[\x01\x00\x00\x000"),
            "NULL object in marshal data for list"
        );
        assert_eq!(
            msg(b"<\x01\x00\x00\x000"),
            "NULL object in marshal data for set"
        );
        assert_eq!(msg(b"(\x02\x00\x00\x00N"), "EOF read where object expected");
        assert_eq!(msg(b"Z"), "bad marshal data (unknown type code)");
        assert_eq!(msg(b"?"), "bad marshal data (unknown type code)");
        assert_eq!(err(b"?").exc, MarshalExc::ValueError);
        assert_eq!(msg(b"S"), "StopIteration constant not supported");
        let stop = new_str(b"StopIteration".to_vec());
        let opts = Options {
            stop_iteration: Some(stop.clone()),
        };
        assert!(crate::objects::is(&loads_with(b"S", &opts).unwrap(), &stop));
        assert!(load(b"N").is_none());
        assert!(matches!(load(b"T").payload, Payload::Bool(true)));
        assert!(matches!(load(b"F").payload, Payload::Bool(false)));
        assert!(matches!(load(b".").payload, Payload::Ellipsis));
        let e = loads(b"Z").err().unwrap();
        assert_eq!(e.kind, FaultKind::BadPyc);
        assert_eq!(
            e.message,
            "bad marshal data (unknown type code) (at byte 1)"
        );
    }

    #[test]
    fn dicts_and_sets() {
        let d = load(b"{i\x01\x00\x00\x00Ng\x00\x00\x00\x00\x00\x00\xf0\x3fT0");
        let d = d.as_dict().unwrap().borrow();
        let entries: Vec<_> = d.entries().collect();
        assert_eq!(entries.len(), 1);
        assert!(
            matches!(entries[0].0.payload, Payload::Int(1)),
            "first key is kept"
        );
        assert!(
            matches!(entries[0].1.payload, Payload::Bool(true)),
            "last value wins"
        );
        drop(d);
        match &load(b"<\x02\x00\x00\x00i\x01\x00\x00\x00g\x00\x00\x00\x00\x00\x00\xf0\x3f").payload
        {
            Payload::Set(s) => assert_eq!(s.borrow().len(), 1),
            _ => panic!("set"),
        }
        match &load(b">\x02\x00\x00\x00u\x01\x00\x00\x00as\x01\x00\x00\x00a").payload {
            Payload::FrozenSet(s) => assert_eq!(s.len(), 1),
            _ => panic!("frozenset"),
        }
        assert_eq!(load(b"{0").as_dict().unwrap().borrow().len(), 0);
        // A NULL value skips the entry and the dict goes on.
        assert_eq!(load(b"{N0T00").as_dict().unwrap().borrow().len(), 0);
        assert_eq!(msg(b"{N0"), "EOF read where object expected");
        assert_eq!(msg(b"{[\x00\x00\x00\x00N0"), "unhashable type: 'list'");
        assert_eq!(err(b"{[\x00\x00\x00\x00N0").exc, MarshalExc::TypeError);
        assert_eq!(msg(b"<\x01\x00\x00\x00{0"), "unhashable type: 'dict'");
        assert_eq!(
            msg(b"<\x01\x00\x00\x00(\x02\x00\x00\x00N<\x00\x00\x00\x00"),
            "unhashable type: 'set'"
        );
        // The last error wins: the dict keeps reading after a failed entry, as CPython does.
        assert_eq!(
            msg(b"{[\x00\x00\x00\x00N(\x01\x00\x00\x00Z0"),
            "bad marshal data (unknown type code)"
        );
        let opts = Options {
            stop_iteration: Some(none()),
        };
        let e = loads_with(b"{[\x00\x00\x00\x00NS0", &opts).err().unwrap();
        assert_eq!(e.message, "EOF read where object expected");
        // What CPython cannot do (abort) or this VM cannot represent stops the dict at once.
        assert_eq!(
            msg(b"{[\x00\x00\x00\x00NS0"),
            "StopIteration constant not supported"
        );
    }

    /// Builds a nested tuple of `depth` levels around `None`.
    fn nested(depth: usize) -> Vec<u8> {
        let mut data = b"(\x01\x00\x00\x00".repeat(depth);
        data.push(b'N');
        data
    }

    #[test]
    fn nesting_limit() {
        big_stack(|| {
            assert!(loads_with(&nested(MAX_DEPTH - 1), &Options::default()).is_ok());
            let e = loads_with(&nested(MAX_DEPTH), &Options::default())
                .err()
                .unwrap();
            assert_eq!(e.message, "recursion limit exceeded");
            assert_eq!(e.exc, MarshalExc::ValueError);
            let e = loads_with(&b"[\x01\x00\x00\x00".repeat(1_000_000), &Options::default());
            assert_eq!(e.err().unwrap().message, "recursion limit exceeded");
        });
    }

    /// A code object whose fields are given as marshal bytes.
    fn code_bytes(args: i32, nlocals: i32, fields: [&[u8]; 8], lnotab: &[u8]) -> Vec<u8> {
        let mut data = vec![b'c'];
        for v in [args, nlocals, 1, 64] {
            data.extend_from_slice(&v.to_le_bytes());
        }
        for f in fields {
            data.extend_from_slice(f);
        }
        data.extend_from_slice(&1i32.to_le_bytes());
        data.extend_from_slice(lnotab);
        data
    }

    const S0: &[u8] = b"s\x00\x00\x00\x00";
    const T0: &[u8] = b"(\x00\x00\x00\x00";

    #[test]
    fn code_object_field_checks() {
        let ok = code_bytes(0, 0, [S0, T0, T0, T0, T0, T0, S0, S0], S0);
        assert!(matches!(load(&ok).payload, Payload::Code(_)));
        let bad_internal = "Objects/codeobject.c:112: bad argument to internal function";
        let e = err(&code_bytes(0, 0, [S0, b"N", T0, T0, T0, T0, S0, S0], S0));
        assert_eq!(e.exc, MarshalExc::SystemError);
        assert!(e.message.starts_with(bad_internal), "{}", e.message);
        assert!(
            e.message.contains("co_consts is a NoneType"),
            "{}",
            e.message
        );
        let e = err(&code_bytes(-1, 0, [S0, T0, T0, T0, T0, T0, S0, S0], S0));
        assert!(e.message.starts_with(bad_internal));
        let e = err(&code_bytes(0, 0, [S0, T0, T0, T0, T0, T0, S0, b"N"], S0));
        assert!(
            e.message.contains("co_name is a NoneType, not a str"),
            "{}",
            e.message
        );
        let e = err(&code_bytes(0, 0, [S0, T0, T0, T0, T0, T0, S0, S0], T0));
        assert!(e.message.contains("co_lnotab is a tuple"), "{}", e.message);
        let e = err(&code_bytes(0, 0, [T0, T0, T0, T0, T0, T0, S0, S0], S0));
        assert!(e.message.contains("co_code is a tuple"), "{}", e.message);
        let names: &[u8] = b"(\x01\x00\x00\x00i\x01\x00\x00\x00";
        let e = err(&code_bytes(0, 0, [S0, T0, names, T0, T0, T0, S0, S0], S0));
        assert_eq!(
            (e.exc, e.message.as_str()),
            (MarshalExc::Fatal, "non-string found in code slot")
        );
        let e = err(&code_bytes(
            0,
            0,
            [b"u\x00\x00\x00\x00", T0, T0, T0, T0, T0, S0, S0],
            S0,
        ));
        assert_eq!(e.exc, MarshalExc::Unsupported);
        // A NULL field makes the code object NULL without an error of its own.
        let null_field = code_bytes(0, 0, [S0, b"0", T0, T0, T0, T0, S0, S0], S0);
        assert_eq!(msg(&null_field), "NULL object in marshal data for object");
        let mut in_tuple = b"(\x01\x00\x00\x00".to_vec();
        in_tuple.extend_from_slice(&null_field);
        assert_eq!(msg(&in_tuple), "NULL object in marshal data for tuple");
    }

    #[test]
    fn pyc_header_and_top_level_checks() {
        let e = pyc_err(b"\x03\xf3\x0d\x0b\0\0\0\0N");
        assert_eq!(e.kind, FaultKind::BadPyc);
        assert!(e
            .message
            .starts_with("Bad magic number in .pyc file (found 03 f3 0d 0b"));
        let e = pyc_err(b"\x03\xf3");
        assert!(e
            .message
            .starts_with("Bad magic number in .pyc file (found 03 f3,"));
        let e = pyc_err(b"");
        assert!(e.message.contains("found no bytes"), "{}", e.message);
        let e = pyc_err(b"\x03\xf3\x0d\x0a\0\0");
        assert!(
            e.message.starts_with("EOF read where object expected"),
            "{}",
            e.message
        );
        let e = pyc_err(b"\x03\xf3\x0d\x0a\0\0\0\0N");
        assert!(
            e.message.starts_with("Bad code object in .pyc file"),
            "{}",
            e.message
        );
        assert!(e.message.contains("NoneType"), "{}", e.message);
        let e = pyc_err(b"\x03\xf3\x0d\x0a\0\0\0\0(\x01\x00\x00\x00Z");
        assert_eq!(
            e.message,
            "bad marshal data (unknown type code) (at byte 14)"
        );
        let e = pyc_err(b"\x03\xf3\x0d\x0a\0\0\0\x000");
        assert!(
            e.message.starts_with("Bad code object in .pyc file"),
            "{}",
            e.message
        );
    }

    #[test]
    fn every_truncation_fails_cleanly() {
        big_stack(|| {
            for pyc in [HELLO, CONSTS] {
                for len in 0..pyc.len() {
                    assert!(load_pyc(&pyc[..len]).is_err(), "truncated to {len}");
                }
                assert!(load_pyc(pyc).is_ok());
            }
        });
    }

    #[test]
    fn random_mutations_never_panic() {
        big_stack(|| {
            let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
            let mut next = move || {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state
            };
            let interesting = [
                0x00, 0xff, 0x7f, 0x80, b'(', b'c', b'R', b'l', b'u', b'{', b'<',
            ];
            for _ in 0..5000 {
                let mut data = CONSTS.to_vec();
                for _ in 0..1 + next() % 4 {
                    let pos = 8 + (next() as usize) % (data.len() - 8);
                    data[pos] = if next() % 2 == 0 {
                        interesting[(next() as usize) % interesting.len()]
                    } else {
                        next() as u8
                    };
                }
                if next() % 4 == 0 {
                    let cut = 8 + (next() as usize) % (data.len() - 8);
                    data.truncate(cut);
                }
                let _ = load_pyc(&data);
                let _ = loads(&data[8..]);
            }
            for _ in 0..2000 {
                let len = (next() % 64) as usize;
                let data: Vec<u8> = (0..len)
                    .map(|_| {
                        let r = next();
                        if r % 3 == 0 {
                            interesting[(r >> 8) as usize % interesting.len()]
                        } else {
                            (r >> 8) as u8
                        }
                    })
                    .collect();
                let _ = loads(&data);
            }
        });
    }
}
