//! Codec error handling: the `UnicodeDecodeError`/`UnicodeEncodeError` instances a codec
//! raises or hands to a handler, the call of the handler registered under the `errors` name
//! (`unicode_decode_call_errorhandler` and `unicode_encode_call_errorhandler` in
//! Objects/unicodeobject.c), and the five handlers Python/codecs.c registers at start-up
//! (`strict_errors`, `ignore_errors`, ...), which are built-in functions any program can call.

use std::ops::Range;

use crate::builtins::functions::args::ssize_arg;
use crate::def;
use crate::error::{PyErr, PyResult};
use crate::objects::unicode::new_unicode;
use crate::objects::{new_int, new_str, new_str_from, new_tuple, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;

/// The error handling of one encode or decode call: the `errors` name (None is `strict`, the
/// C codecs' NULL), the handler, looked up at the first error only, and the exception made
/// at the first error, which later errors move rather than replace.
pub struct ErrorPolicy<'a> {
    pub name: Option<&'a [u8]>,
    handler: Option<ObjRef>,
    exception: Option<ObjRef>,
}

impl<'a> ErrorPolicy<'a> {
    pub fn new(name: Option<&'a [u8]>) -> Self {
        ErrorPolicy {
            name,
            handler: None,
            exception: None,
        }
    }

    /// The call's exception for an error over `range` (`make_encode_exception` and the
    /// decoders' twin): made by `make` at the first error, given the new `start`, `end` and
    /// `reason` at a later one.
    pub fn exception_at(
        &mut self,
        range: Range<usize>,
        reason: &str,
        make: impl FnOnce() -> ObjRef,
    ) -> ObjRef {
        if let Some(exc) = &self.exception {
            if let Payload::Exception(e) = &exc.payload {
                *e.codec_position.borrow_mut() = Some([
                    new_int(range.start as i64),
                    new_int(range.end as i64),
                    new_str_from(reason),
                ]);
            }
            return exc.clone();
        }
        let exc = make();
        self.exception = Some(exc.clone());
        exc
    }

    /// The handler a codec with its own fast paths uses for a name (`known_errorHandler`).
    pub fn known(&self) -> KnownHandler {
        match self.name {
            None | Some(b"strict") => KnownHandler::Strict,
            Some(b"replace") => KnownHandler::Replace,
            Some(b"ignore") => KnownHandler::Ignore,
            Some(b"xmlcharrefreplace") => KnownHandler::XmlCharRefReplace,
            Some(_) => KnownHandler::Registered,
        }
    }
}

/// The error handling the encoders of Objects/unicodeobject.c do inline by name; any other
/// name goes through the registry.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum KnownHandler {
    Strict,
    Replace,
    Ignore,
    XmlCharRefReplace,
    Registered,
}

/// `PyUnicodeDecodeError_Create`: `UnicodeDecodeError(encoding, object, start, end, reason)`.
pub fn decode_exception(
    vm: &Vm,
    encoding: &str,
    input: &[u8],
    range: Range<usize>,
    reason: &str,
) -> ObjRef {
    let class = vm.types.exc.unicode_decode_error.clone();
    let object = new_str(input.to_vec());
    vm.new_exception(&class, unicode_error_args(encoding, object, range, reason))
}

/// `PyUnicodeEncodeError_Create`: `UnicodeEncodeError(encoding, object, start, end, reason)`.
pub fn encode_exception(
    vm: &Vm,
    encoding: &str,
    input: &[u32],
    range: Range<usize>,
    reason: &str,
) -> ObjRef {
    let class = vm.types.exc.unicode_encode_error.clone();
    let object = new_unicode(input.to_vec());
    vm.new_exception(&class, unicode_error_args(encoding, object, range, reason))
}

fn unicode_error_args(
    encoding: &str,
    object: ObjRef,
    range: Range<usize>,
    reason: &str,
) -> Vec<ObjRef> {
    vec![
        new_str_from(encoding),
        object,
        new_int(range.start as i64),
        new_int(range.end as i64),
        new_str_from(reason),
    ]
}

/// `PyErr_SetObject(PyExceptionInstance_Class(exc), exc)`: raises the instance as it is.
pub fn raise(vm: &Vm, exc: ObjRef) -> PyErr {
    let class = match &exc.payload {
        Payload::Instance(i) => i.class.clone(),
        _ => vm.type_of(&exc),
    };
    vm.err_obj(&class, exc)
}

impl Vm {
    /// The handler for the policy's name, looked up once per call.
    fn policy_handler(&mut self, policy: &mut ErrorPolicy) -> PyResult<ObjRef> {
        if let Some(h) = &policy.handler {
            return Ok(h.clone());
        }
        let handler = self.codec_lookup_error(policy.name.unwrap_or(b"strict"))?;
        policy.handler = Some(handler.clone());
        Ok(handler)
    }

    /// `unicode_decode_call_errorhandler`: the handler's replacement for the bad bytes and
    /// the input position to go on from.
    pub fn call_decode_error_handler(
        &mut self,
        policy: &mut ErrorPolicy,
        encoding: &str,
        reason: &str,
        input: &[u8],
        range: Range<usize>,
    ) -> PyResult<(Vec<u32>, usize)> {
        let handler = self.policy_handler(policy)?;
        let exc = policy.exception_at(range.clone(), reason, || {
            decode_exception(self, encoding, input, range, reason)
        });
        self.handler_result(
            &handler,
            exc,
            input.len(),
            "decoding error handler must return (unicode, int) tuple",
        )
    }

    /// `unicode_encode_call_errorhandler`: the handler's replacement for the characters it
    /// was given and the input position to go on from.
    pub fn call_encode_error_handler(
        &mut self,
        policy: &mut ErrorPolicy,
        encoding: &str,
        reason: &str,
        input: &[u32],
        range: Range<usize>,
    ) -> PyResult<(Vec<u32>, usize)> {
        let handler = self.policy_handler(policy)?;
        let exc = policy.exception_at(range.clone(), reason, || {
            encode_exception(self, encoding, input, range, reason)
        });
        self.handler_result(
            &handler,
            exc,
            input.len(),
            "encoding error handler must return (unicode, int) tuple",
        )
    }

    /// Calls the handler and checks its `(unicode, int)` result; a negative position counts
    /// from the end of the input.
    fn handler_result(
        &mut self,
        handler: &ObjRef,
        exc: ObjRef,
        input_len: usize,
        bad_result: &str,
    ) -> PyResult<(Vec<u32>, usize)> {
        let result = self.call_object(handler, &[exc], &[])?;
        let (replacement, position) = match result.as_tuple() {
            Some([rep, pos]) => match &rep.payload {
                Payload::Unicode(u) => (u.chars().to_vec(), pos.clone()),
                _ => return Err(self.type_error(bad_result)),
            },
            _ => return Err(self.type_error(bad_result)),
        };
        let position = match position.payload {
            Payload::Int(_) | Payload::Long(_) | Payload::Bool(_) => ssize_arg(self, &position)?,
            _ => return Err(self.type_error(bad_result)),
        };
        let len = input_len as i64;
        let resolved = if position < 0 {
            len + position
        } else {
            position
        };
        if !(0..=len).contains(&resolved) {
            return Err(self.index_error(format!(
                "position {resolved} from error handler out of bounds"
            )));
        }
        Ok((replacement, resolved as usize))
    }
}

// ----- the built-in handlers ----------------------------------------------------------------

/// The handlers `_PyCodecRegistry_Init` registers, by the name they are registered under.
pub static BUILTIN_HANDLERS: &[(&str, MethodDef)] = &[
    ("strict", def!("strict_errors", O, strict_errors)),
    ("ignore", def!("ignore_errors", O, ignore_errors)),
    ("replace", def!("replace_errors", O, replace_errors)),
    (
        "xmlcharrefreplace",
        def!("xmlcharrefreplace_errors", O, xmlcharrefreplace_errors),
    ),
    (
        "backslashreplace",
        def!("backslashreplace_errors", O, backslashreplace_errors),
    ),
];

/// Which of the three Unicode errors an exception passed to a handler is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum UnicodeErrorKind {
    Encode,
    Decode,
    Translate,
}

fn error_kind(vm: &Vm, exc: &ObjRef) -> Option<UnicodeErrorKind> {
    let exc_types = &vm.types.exc;
    if vm.isinstance(exc, &exc_types.unicode_encode_error) {
        Some(UnicodeErrorKind::Encode)
    } else if vm.isinstance(exc, &exc_types.unicode_decode_error) {
        Some(UnicodeErrorKind::Decode)
    } else if vm.isinstance(exc, &exc_types.unicode_translate_error) {
        Some(UnicodeErrorKind::Translate)
    } else {
        None
    }
}

/// `wrong_exception_type`.
fn wrong_exception_type(vm: &mut Vm, exc: &ObjRef) -> PyErr {
    let class = match vm.getattr(exc, &new_str_from("__class__")) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let name = match vm.getattr(&class, &new_str_from("__name__")) {
        Ok(n) => n,
        Err(e) => return e,
    };
    match vm.to_str(&name) {
        Ok(text) => vm.type_error(format!(
            "don't know how to handle {} in error callback",
            String::from_utf8_lossy(&text)
        )),
        Err(e) => e,
    }
}

/// The `object` member of a Unicode error: unicode (encode, translate) or str (decode).
fn error_object(vm: &mut Vm, exc: &ObjRef, kind: UnicodeErrorKind) -> PyResult<ObjRef> {
    let object = vm.getattr(exc, &new_str_from("object"))?;
    let fits = match kind {
        UnicodeErrorKind::Decode => matches!(object.payload, Payload::Str(_)),
        _ => matches!(object.payload, Payload::Unicode(_)),
    };
    if !fits {
        let what = if kind == UnicodeErrorKind::Decode {
            "str"
        } else {
            "unicode"
        };
        return Err(vm.type_error(format!("object attribute must be {what}")));
    }
    Ok(object)
}

fn object_len(object: &ObjRef) -> i64 {
    match &object.payload {
        Payload::Str(s) => s.as_bytes().len() as i64,
        Payload::Unicode(u) => u.chars().len() as i64,
        _ => 0,
    }
}

/// `PyUnicode*Error_GetStart` and `GetEnd`, clamped to the object as they are.
fn error_range(vm: &mut Vm, exc: &ObjRef, kind: UnicodeErrorKind) -> PyResult<(i64, i64)> {
    let object = error_object(vm, exc, kind)?;
    let size = object_len(&object);
    let member = |vm: &mut Vm, name: &str| -> PyResult<i64> {
        let v = vm.getattr(exc, &new_str_from(name))?;
        ssize_arg(vm, &v)
    };
    let start = member(vm, "start")?.max(0);
    let start = if start >= size { size - 1 } else { start };
    let end = member(vm, "end")?.max(1).min(size);
    Ok((start, end))
}

/// The characters of an encode error's object from `start` to `end`.
fn error_chars(vm: &mut Vm, exc: &ObjRef, start: i64, end: i64) -> PyResult<Vec<u32>> {
    let object = error_object(vm, exc, UnicodeErrorKind::Encode)?;
    let Payload::Unicode(u) = &object.payload else {
        return Ok(Vec::new());
    };
    let chars = u.chars();
    let (start, end) = (start.max(0) as usize, end.max(0) as usize);
    Ok(chars
        .get(start.min(end)..end.min(chars.len()))
        .unwrap_or_default()
        .to_vec())
}

fn replacement(chars: Vec<u32>, end: i64) -> ObjRef {
    new_tuple(vec![new_unicode(chars), new_int(end)])
}

/// `PyCodec_StrictErrors`.
fn strict_errors(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let exc = a.pos[0].clone();
    let base = vm.types.exc.base_exception.clone();
    if matches!(exc.payload, Payload::Instance(_)) || vm.isinstance(&exc, &base) {
        return Err(raise(vm, exc));
    }
    Err(vm.type_error("codec must pass exception instance"))
}

fn ignore_errors(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let exc = &a.pos[0];
    let Some(kind) = error_kind(vm, exc) else {
        return Err(wrong_exception_type(vm, exc));
    };
    let (_, end) = error_range(vm, exc, kind)?;
    Ok(replacement(Vec::new(), end))
}

fn replace_errors(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let exc = &a.pos[0];
    let Some(kind) = error_kind(vm, exc) else {
        return Err(wrong_exception_type(vm, exc));
    };
    let (start, end) = error_range(vm, exc, kind)?;
    let count = (end - start).max(0) as usize;
    let chars = match kind {
        UnicodeErrorKind::Encode => vec![u32::from(b'?'); count],
        UnicodeErrorKind::Decode => vec![0xfffd],
        UnicodeErrorKind::Translate => vec![0xfffd; count],
    };
    Ok(replacement(chars, end))
}

fn xmlcharrefreplace_errors(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let exc = &a.pos[0];
    if error_kind(vm, exc) != Some(UnicodeErrorKind::Encode) {
        return Err(wrong_exception_type(vm, exc));
    }
    let (start, end) = error_range(vm, exc, UnicodeErrorKind::Encode)?;
    let chars = error_chars(vm, exc, start, end)?;
    let text: Vec<u32> = xml_char_refs(&chars).into_iter().map(u32::from).collect();
    Ok(replacement(text, end))
}

fn backslashreplace_errors(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let exc = &a.pos[0];
    if error_kind(vm, exc) != Some(UnicodeErrorKind::Encode) {
        return Err(wrong_exception_type(vm, exc));
    }
    let (start, end) = error_range(vm, exc, UnicodeErrorKind::Encode)?;
    let chars = error_chars(vm, exc, start, end)?;
    let mut text = Vec::new();
    for c in chars {
        let escaped = match c {
            0x10000.. => format!("\\U{c:08x}"),
            0x100.. => format!("\\u{c:04x}"),
            _ => format!("\\x{c:02x}"),
        };
        text.extend(escaped.bytes().map(u32::from));
    }
    Ok(replacement(text, end))
}

/// `&#N;` for every character (the `xmlcharrefreplace` replacement).
pub fn xml_char_refs(chars: &[u32]) -> Vec<u8> {
    chars
        .iter()
        .flat_map(|c| format!("&#{c};").into_bytes())
        .collect()
}
