//! The escape codecs: `string_escape` (`PyString_DecodeEscape` and a str repr without its
//! quotes), `unicode_escape` (`PyUnicode_DecodeUnicodeEscape`, `unicodeescape_string`) and
//! `raw_unicode_escape` (only `\uXXXX` and `\UXXXXXXXX`, after an odd number of
//! backslashes).

use super::{decode_with, ErrorPolicy, Step};
use crate::error::{PyErr, PyResult};
use crate::runtime::Vm;

/// The value of a hex digit.
fn hex_value(c: u8) -> Option<u32> {
    char::from(c).to_digit(16)
}

/// The character a simple escape (`\n`, `\t`, ...) stands for, after the backslash.
fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'b' => 0x08,
        b'f' => 0x0c,
        b't' => b'\t',
        b'n' => b'\n',
        b'r' => b'\r',
        b'v' => 0x0b,
        b'a' => 0x07,
        _ => return None,
    })
}

/// An octal escape's value from its first digit at `at` (up to three digits) and the
/// position after it.
fn octal_escape(bytes: &[u8], at: usize) -> (u32, usize) {
    let mut value = u32::from(bytes[at] - b'0');
    let mut next = at + 1;
    while next < at + 3 && bytes.get(next).is_some_and(|b| (b'0'..=b'7').contains(b)) {
        value = (value << 3) + u32::from(bytes[next] - b'0');
        next += 1;
    }
    (value, next)
}

/// `str.encode('string_escape')`: the body of the str's single-quoted repr.
pub fn escape_encode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    crate::objects::str::escape_into(&mut out, bytes, b'\'');
    out
}

/// `PyString_DecodeEscape`: the escapes of a str literal; an unknown escape stays as it is.
/// A bad `\x` escape follows `errors` itself (no handler is called).
pub fn escape_decode(vm: &Vm, bytes: &[u8], errors: Option<&[u8]>) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            out.push(bytes[at]);
            at += 1;
            continue;
        }
        let Some(&c) = bytes.get(at + 1) else {
            return Err(vm.value_error("Trailing \\ in string"));
        };
        at += 2;
        match c {
            b'\n' => {}
            b'0'..=b'7' => {
                let (value, next) = octal_escape(bytes, at - 1);
                out.push(value as u8);
                at = next;
            }
            b'x' => {
                let digits = (bytes.get(at).copied().and_then(hex_value))
                    .zip(bytes.get(at + 1).copied().and_then(hex_value));
                if let Some((high, low)) = digits {
                    out.push((high << 4 | low) as u8);
                    at += 2;
                    continue;
                }
                match errors {
                    None | Some(b"strict") => return Err(vm.value_error("invalid \\x escape")),
                    Some(b"replace") => out.push(b'?'),
                    Some(b"ignore") => {}
                    Some(other) => {
                        return Err(vm.value_error(format!(
                            "decoding error; unknown error handling code: {}",
                            String::from_utf8_lossy(&other[..other.len().min(400)])
                        )))
                    }
                }
                if bytes.get(at).copied().and_then(hex_value).is_some() {
                    at += 1;
                }
            }
            c => match simple_escape(c) {
                Some(byte) => out.push(byte),
                None => {
                    out.push(b'\\');
                    at -= 1;
                }
            },
        }
    }
    Ok(out)
}

/// `u.encode('unicode_escape')`: the body of a repr, no quote escaped.
pub fn unicode_escape_encode(chars: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.len());
    crate::objects::unicode::escape_into(&mut out, chars, None);
    out
}

/// `u.encode('raw_unicode_escape')`: Latin-1, with `\uXXXX` and `\UXXXXXXXX` above it.
pub fn raw_unicode_escape_encode(chars: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.len());
    for &c in chars {
        match c {
            0x10000.. => out.extend(format!("\\U{c:08x}").bytes()),
            0x100.. => out.extend(format!("\\u{c:04x}").bytes()),
            _ => out.push(c as u8),
        }
    }
    out
}

/// `count` hex digits at `at`: the value, or the position of the first byte that is not one.
fn hex_digits(bytes: &[u8], at: usize, count: usize) -> Result<u32, usize> {
    let mut value = 0u32;
    for i in at..at + count {
        match bytes.get(i).copied().and_then(hex_value) {
            Some(d) => value = (value << 4) | d,
            None => return Err(i.min(bytes.len())),
        }
    }
    Ok(value)
}

/// `PyUnicode_DecodeUnicodeEscape`.
pub fn unicode_escape_decode(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    bytes: &[u8],
) -> PyResult<Vec<u32>> {
    let (chars, _) = decode_with(vm, policy, "unicodeescape", bytes, |_, out, at| {
        if bytes[at] != b'\\' {
            out.push(u32::from(bytes[at]));
            return Ok(Step::Read(1));
        }
        let Some(&c) = bytes.get(at + 1) else {
            return Ok(Step::Invalid(at..bytes.len(), "\\ at end of string"));
        };
        let (digits, message) = match c {
            b'\n' => return Ok(Step::Read(2)),
            b'0'..=b'7' => {
                let (value, next) = octal_escape(bytes, at + 1);
                out.push(value);
                return Ok(Step::Read(next - at));
            }
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                return Err(PyErr::unsupported(
                    "the \\N{...} escape of unicode_escape (it needs the unicodedata module)",
                ))
            }
            c => {
                match simple_escape(c) {
                    Some(byte) => out.push(u32::from(byte)),
                    None => out.extend([u32::from(b'\\'), u32::from(c)]),
                }
                return Ok(Step::Read(2));
            }
        };
        let start = at + 2;
        if bytes.len() - start < digits {
            let bad = (start..bytes.len())
                .find(|&i| hex_value(bytes[i]).is_none())
                .unwrap_or(bytes.len());
            return Ok(Step::Invalid(at..bad, message));
        }
        match hex_digits(bytes, start, digits) {
            Err(bad) => Ok(Step::Invalid(at..bad, message)),
            Ok(c) if c > 0x10ffff => Ok(Step::Invalid(
                at..start + digits,
                "illegal Unicode character",
            )),
            Ok(c) => {
                out.push(c);
                Ok(Step::Read(2 + digits))
            }
        }
    })?;
    Ok(chars)
}

/// `PyUnicode_DecodeRawUnicodeEscape`.
pub fn raw_unicode_escape_decode(
    vm: &mut Vm,
    policy: &mut ErrorPolicy,
    bytes: &[u8],
) -> PyResult<Vec<u32>> {
    let (chars, _) = decode_with(vm, policy, "rawunicodeescape", bytes, |_, out, at| {
        if bytes[at] != b'\\' {
            out.push(u32::from(bytes[at]));
            return Ok(Step::Read(1));
        }
        let run = bytes[at..].iter().take_while(|&&b| b == b'\\').count();
        out.extend(std::iter::repeat_n(u32::from(b'\\'), run));
        let after = at + run;
        let digits = match bytes.get(after) {
            Some(b'u') if run % 2 == 1 => 4,
            Some(b'U') if run % 2 == 1 => 8,
            _ => return Ok(Step::Read(run)),
        };
        out.pop();
        let start = after + 1;
        match hex_digits(bytes, start, digits) {
            Err(bad) => Ok(Step::Invalid(at..bad, "truncated \\uXXXX")),
            Ok(c) if c > 0x10ffff => Ok(Step::Invalid(
                at..start + digits,
                "\\Uxxxxxxxx out of range",
            )),
            Ok(c) => {
                out.push(c);
                Ok(Step::Read(start + digits - at))
            }
        }
    })?;
    Ok(chars)
}
