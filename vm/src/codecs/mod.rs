//! Codecs: the registry (Python/codecs.c), the error handling every codec shares, and the
//! codecs CPython implements in C (Objects/unicodeobject.c), which the `_codecs` module and
//! the `str`/`unicode` methods use.
//!
//! A decoder or encoder here is a small reader or writer of one unit; [`decode_with`] and
//! [`encode_with`] run it over the input and turn what it cannot handle into calls of the
//! error handler, as the C codecs' loops do.

pub mod charmap;
pub mod errors;
pub mod escapes;
pub mod registry;
pub mod ucs1;
pub mod utf16;
pub mod utf8;

use std::ops::Range;

pub use errors::ErrorPolicy;
pub use registry::CodecRegistry;

use crate::builtins::functions::bind_keywords;
use crate::error::PyResult;
use crate::objects::buffer::buffer_bytes;
use crate::objects::unicode::new_unicode;
use crate::objects::{Args, ObjRef, Payload};
use crate::runtime::Vm;
use errors::{encode_exception, raise, KnownHandler};

/// What a decoder made of the input at one position.
pub enum Step {
    /// Consumed this many bytes (their characters were appended).
    Read(usize),
    /// The bytes of this range cannot be decoded, for this reason.
    Invalid(Range<usize>, &'static str),
    /// A sequence starts here that the input ends in the middle of (stateful decoding).
    Incomplete,
}

/// Runs a decoder over `input`: the characters and how many bytes were consumed (less than
/// the input only when the decoder stopped at an incomplete sequence).
pub fn decode_with(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    encoding: &str,
    input: &[u8],
    mut read: impl FnMut(&mut Vm, &mut Vec<u32>, usize) -> PyResult<Step>,
) -> PyResult<(Vec<u32>, usize)> {
    let mut out = Vec::with_capacity(input.len());
    let mut at = 0;
    while at < input.len() {
        match read(vm, &mut out, at)? {
            Step::Read(n) => at += n,
            Step::Invalid(range, reason) => {
                let (replacement, resume) =
                    vm.call_decode_error_handler(policy, encoding, reason, input, range)?;
                out.extend(replacement);
                at = resume;
            }
            Step::Incomplete => break,
        }
    }
    Ok((out, at))
}

/// Where an encoder reports a replacement (from a handler) it cannot encode either.
#[derive(Clone, Copy)]
pub enum BadReplacement {
    /// At the first character of the run (`unicode_encode_ucs1`).
    FirstChar,
    /// Over the whole run (`charmap_encoding_error`).
    WholeRun,
}

/// One encoder: its name and the reason of its errors, how it reports a bad replacement,
/// and its writer, which appends one character's bytes and says whether it could.
pub struct Encoder<'a, W> {
    pub name: &'a str,
    pub reason: &'a str,
    pub bad_replacement: BadReplacement,
    pub write: W,
}

/// Runs an encoder over `chars`. A run of characters it cannot encode goes to the error
/// handling: `strict`, `replace`, `ignore` and `xmlcharrefreplace` are done inline, as the
/// C encoders do, any other name calls the registered handler.
pub fn encode_with<W>(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    chars: &[u32],
    mut encoder: Encoder<W>,
) -> PyResult<Vec<u8>>
where
    W: FnMut(&mut Vm, u32, &mut Vec<u8>) -> PyResult<bool>,
{
    let mut out = Vec::with_capacity(chars.len());
    let mut at = 0;
    while at < chars.len() {
        if (encoder.write)(vm, chars[at], &mut out)? {
            at += 1;
            continue;
        }
        let mut end = at + 1;
        let mut probe = Vec::new();
        while end < chars.len() && !(encoder.write)(vm, chars[end], &mut probe)? {
            end += 1;
        }
        let run = at..end;
        // `raise_encode_exception`: the call's exception, moved to the range.
        let unencodable = |vm: &Vm, policy: &mut ErrorPolicy, range: Range<usize>| {
            let exc = policy.exception_at(range.clone(), encoder.reason, || {
                encode_exception(vm, encoder.name, chars, range, encoder.reason)
            });
            raise(vm, exc)
        };
        let replacement: Vec<u32> = match policy.known() {
            KnownHandler::Strict => return Err(unencodable(vm, policy, run)),
            KnownHandler::Ignore => Vec::new(),
            KnownHandler::Replace => vec![u32::from(b'?'); run.len()],
            KnownHandler::XmlCharRefReplace => errors::xml_char_refs(&chars[run.clone()])
                .into_iter()
                .map(u32::from)
                .collect(),
            KnownHandler::Registered => {
                let (replacement, resume) = vm.call_encode_error_handler(
                    policy,
                    encoder.name,
                    encoder.reason,
                    chars,
                    run.clone(),
                )?;
                for c in replacement {
                    if !(encoder.write)(vm, c, &mut out)? {
                        let range = match encoder.bad_replacement {
                            BadReplacement::FirstChar => at..at + 1,
                            BadReplacement::WholeRun => run,
                        };
                        return Err(unencodable(vm, policy, range));
                    }
                }
                at = resume;
                continue;
            }
        };
        for c in replacement {
            if !(encoder.write)(vm, c, &mut out)? {
                return Err(unencodable(vm, policy, run));
            }
        }
        at = end;
    }
    Ok(out)
}

/// `PyUnicode_Decode` of the bytes of the str `source`: `utf-8`, `latin-1` and `ascii`, by
/// their exact names, decode without the registry; any other codec is given a read-only
/// buffer over the bytes and must return unicode.
pub fn decode_str(
    vm: &mut Vm,
    source: &ObjRef,
    encoding: &[u8],
    errors: Option<&[u8]>,
) -> PyResult<ObjRef> {
    let bytes = source.as_str_bytes().unwrap_or_default();
    let mut policy = ErrorPolicy::new(errors);
    let chars = match encoding {
        b"utf-8" => utf8::decode(vm, &mut policy, bytes, true)?.0,
        b"latin-1" => ucs1::decode_latin1(bytes),
        b"ascii" => ucs1::decode_ascii(vm, &mut policy, bytes)?,
        _ => {
            let buffer = vm.new_memory_buffer(source);
            let decoded = vm.codec_decode(&buffer, encoding, errors)?;
            if !matches!(decoded.payload, Payload::Unicode(_)) {
                return Err(vm.type_error(format!(
                    "decoder did not return an unicode object (type={})",
                    vm.type_name(&decoded)
                )));
            }
            return Ok(decoded);
        }
    };
    Ok(new_unicode(chars))
}

/// Which way a codec method converts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Encode,
    Decode,
}

/// `str.encode`, `str.decode`, `unicode.encode` and `unicode.decode`
/// (`PyString_AsEncodedObject` and the like): `([encoding[, errors]])`, the default encoding
/// when none is given, through the registry; the codec must return a str or unicode.
pub fn codec_method(
    vm: &mut Vm,
    slf: Option<&ObjRef>,
    a: &Args,
    direction: Direction,
) -> PyResult<ObjRef> {
    let (name, what) = match direction {
        Direction::Encode => ("encode", "encoder"),
        Direction::Decode => ("decode", "decoder"),
    };
    let bound = bind_keywords(vm, a, name, &["encoding", "errors"])?;
    let mut strings = Vec::with_capacity(2);
    for (pos, arg) in bound.iter().enumerate() {
        strings.push(match arg {
            None => None,
            Some(o) => Some(text_arg(vm, o, name, pos + 1, "string")?),
        });
    }
    let Some(slf) = slf else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    let encoding = strings[0].clone().unwrap_or_else(|| b"ascii".to_vec());
    let errors = strings[1].as_deref();
    let result = match direction {
        Direction::Encode => vm.codec_encode(slf, &encoding, errors)?,
        Direction::Decode => vm.codec_decode(slf, &encoding, errors)?,
    };
    match result.payload {
        Payload::Str(_) | Payload::Unicode(_) => Ok(result),
        _ => Err(vm.type_error(format!(
            "{what} did not return a string/unicode object (type={})",
            vm.type_name(&result)
        ))),
    }
}

/// The `s` code of `PyArg_ParseTuple` (and `s*`, `z` with their own `expected` wording): a
/// str, or a unicode in the default encoding.
pub fn text_arg(
    vm: &Vm,
    obj: &ObjRef,
    func: &str,
    pos: usize,
    expected: &str,
) -> PyResult<Vec<u8>> {
    match &obj.payload {
        Payload::Str(s) => Ok(s.as_bytes().to_vec()),
        Payload::Unicode(u) => vm.encode_default(u.chars()),
        _ => match buffer_bytes(obj) {
            Some(bytes) => Ok(bytes.to_vec()),
            None => Err(vm.type_error(format!(
                "{func}() argument {pos} must be {expected}, not {}",
                vm.type_name(obj)
            ))),
        },
    }
}
