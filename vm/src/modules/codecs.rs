//! `_codecs` (Modules/_codecsmodule.c): the registry functions (`register`, `lookup`,
//! `encode`, `decode`, `register_error`, `lookup_error`) and the C codecs the `encodings`
//! package wraps, each returning `(result, length consumed)`. The codecs themselves are in
//! `crate::codecs`; a codec the VM lacks is a function that faults by name.

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::{int_arg, parse};
use crate::codecs::utf16::{self, Width};
use crate::codecs::{charmap, escapes, text_arg, ucs1, utf8, ErrorPolicy};
use crate::def;
use crate::error::{PyErr, PyResult};
use crate::objects::unicode::new_unicode;
use crate::objects::{new_int, new_str, new_tuple, none, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "_codecs",
    origin: Origin::Builtin,
    functions: FUNCTIONS,
    init: None,
};

static FUNCTIONS: &[MethodDef] = &[
    def!("register", O, register),
    def!("lookup", VarArgs, lookup),
    def!("encode", VarArgs, encode),
    def!("decode", VarArgs, decode),
    def!("escape_encode", VarArgs, escape_encode),
    def!("escape_decode", VarArgs, escape_decode),
    def!("utf_8_encode", VarArgs, utf_8_encode),
    def!("utf_8_decode", VarArgs, utf_8_decode),
    def!("utf_7_encode", VarArgs, utf_7_encode),
    def!("utf_7_decode", VarArgs, utf_7_decode),
    def!("utf_16_encode", VarArgs, utf_16_encode),
    def!("utf_16_le_encode", VarArgs, utf_16_le_encode),
    def!("utf_16_be_encode", VarArgs, utf_16_be_encode),
    def!("utf_16_decode", VarArgs, utf_16_decode),
    def!("utf_16_le_decode", VarArgs, utf_16_le_decode),
    def!("utf_16_be_decode", VarArgs, utf_16_be_decode),
    def!("utf_16_ex_decode", VarArgs, utf_16_ex_decode),
    def!("utf_32_encode", VarArgs, utf_32_encode),
    def!("utf_32_le_encode", VarArgs, utf_32_le_encode),
    def!("utf_32_be_encode", VarArgs, utf_32_be_encode),
    def!("utf_32_decode", VarArgs, utf_32_decode),
    def!("utf_32_le_decode", VarArgs, utf_32_le_decode),
    def!("utf_32_be_decode", VarArgs, utf_32_be_decode),
    def!("utf_32_ex_decode", VarArgs, utf_32_ex_decode),
    def!("unicode_escape_encode", VarArgs, unicode_escape_encode),
    def!("unicode_escape_decode", VarArgs, unicode_escape_decode),
    def!("unicode_internal_encode", VarArgs, unicode_internal_encode),
    def!("unicode_internal_decode", VarArgs, unicode_internal_decode),
    def!(
        "raw_unicode_escape_encode",
        VarArgs,
        raw_unicode_escape_encode
    ),
    def!(
        "raw_unicode_escape_decode",
        VarArgs,
        raw_unicode_escape_decode
    ),
    def!("latin_1_encode", VarArgs, latin_1_encode),
    def!("latin_1_decode", VarArgs, latin_1_decode),
    def!("ascii_encode", VarArgs, ascii_encode),
    def!("ascii_decode", VarArgs, ascii_decode),
    def!("charmap_encode", VarArgs, charmap_encode),
    def!("charmap_decode", VarArgs, charmap_decode),
    def!("charmap_build", VarArgs, charmap_build),
    def!("readbuffer_encode", VarArgs, readbuffer_encode),
    def!("charbuffer_encode", VarArgs, charbuffer_encode),
    def!("register_error", VarArgs, register_error),
    def!("lookup_error", VarArgs, lookup_error),
];

// ----- argument conversions (Python/getargs.c) ------------------------------------------------

/// The `s` code.
fn string_arg(vm: &mut Vm, obj: &ObjRef, func: &str, pos: usize) -> PyResult<Vec<u8>> {
    text_arg(vm, obj, func, pos, "string")
}

/// The `s*` code (the VM has no buffer objects besides str).
fn buffer_arg(vm: &mut Vm, obj: &ObjRef, func: &str, pos: usize) -> PyResult<Vec<u8>> {
    text_arg(vm, obj, func, pos, "string or buffer")
}

/// The `z` code: None, or as `s`.
fn errors_arg(vm: &mut Vm, args: &[ObjRef], index: usize, func: &str) -> PyResult<Option<Vec<u8>>> {
    match args.get(index) {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) => text_arg(vm, o, func, index + 1, "string or None").map(Some),
    }
}

/// `PyUnicode_FromObject`: unicode as it is, str decoded as ASCII.
fn unicode_arg(vm: &mut Vm, obj: &ObjRef) -> PyResult<Vec<u32>> {
    crate::builtins::unicode_methods::coerce(vm, obj)
}

/// `codec_tuple`: `(result, length)`.
fn codec_tuple(result: ObjRef, length: usize) -> ObjRef {
    new_tuple(vec![result, new_int(length as i64)])
}

// ----- the registry ---------------------------------------------------------------------------

fn register(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    vm.codec_register(&a.pos[0])?;
    Ok(none())
}

fn lookup(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = parse(vm, &a, "lookup", 1, 1)?;
    let encoding = string_arg(vm, &args[0], "lookup", 1)?;
    vm.codec_lookup(&encoding)
}

/// The `O|ss` arguments of `encode` and `decode`: the object, the encoding (the default
/// encoding when absent) and the errors name.
fn registry_args(
    vm: &mut Vm,
    a: &Args,
    func: &str,
) -> PyResult<(ObjRef, Vec<u8>, Option<Vec<u8>>)> {
    let args = parse(vm, a, func, 1, 3)?;
    let encoding = match args.get(1) {
        Some(e) => string_arg(vm, e, func, 2)?,
        None => b"ascii".to_vec(),
    };
    let errors = match args.get(2) {
        Some(e) => Some(string_arg(vm, e, func, 3)?),
        None => None,
    };
    Ok((args[0].clone(), encoding, errors))
}

fn encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (object, encoding, errors) = registry_args(vm, &a, "encode")?;
    vm.codec_encode(&object, &encoding, errors.as_deref())
}

fn decode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (object, encoding, errors) = registry_args(vm, &a, "decode")?;
    vm.codec_decode(&object, &encoding, errors.as_deref())
}

fn register_error(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = parse(vm, &a, "register_error", 2, 2)?;
    let name = string_arg(vm, &args[0], "register_error", 1)?;
    vm.codec_register_error(&name, &args[1])?;
    Ok(none())
}

fn lookup_error(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = parse(vm, &a, "lookup_error", 1, 1)?;
    let name = string_arg(vm, &args[0], "lookup_error", 1)?;
    vm.codec_lookup_error(&name)
}

// ----- the codecs -----------------------------------------------------------------------------

/// The `s*|z` arguments of a decoder (and `min`/`max` for the ones taking more).
fn decoder_args(
    vm: &mut Vm,
    a: &Args,
    func: &str,
    max: usize,
) -> PyResult<(Vec<u8>, Option<Vec<u8>>)> {
    let args = parse(vm, a, func, 1, max)?;
    let input = buffer_arg(vm, &args[0], func, 1)?;
    let errors = errors_arg(vm, args, 1, func)?;
    Ok((input, errors))
}

/// The `O|z` arguments of an encoder: the text as unicode and the errors name.
fn encoder_args(
    vm: &mut Vm,
    a: &Args,
    func: &str,
    max: usize,
) -> PyResult<(Vec<u32>, Option<Vec<u8>>)> {
    let args = parse(vm, a, func, 1, max)?;
    let errors = errors_arg(vm, args, 1, func)?;
    let text = unicode_arg(vm, &args[0])?;
    Ok((text, errors))
}

fn utf_8_decode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (input, errors) = decoder_args(vm, &a, "utf_8_decode", 3)?;
    let last = match a.pos.get(2) {
        Some(f) => int_arg(vm, f)? != 0,
        None => false,
    };
    let mut policy = ErrorPolicy::new(errors.as_deref());
    let (chars, consumed) = utf8::decode(vm, &mut policy, &input, last)?;
    Ok(codec_tuple(new_unicode(chars), consumed))
}

fn utf_8_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (text, _) = encoder_args(vm, &a, "utf_8_encode", 2)?;
    Ok(codec_tuple(new_str(utf8::encode(&text)), text.len()))
}

fn latin_1_decode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (input, _) = decoder_args(vm, &a, "latin_1_decode", 2)?;
    Ok(codec_tuple(
        new_unicode(ucs1::decode_latin1(&input)),
        input.len(),
    ))
}

fn ascii_decode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (input, errors) = decoder_args(vm, &a, "ascii_decode", 2)?;
    let mut policy = ErrorPolicy::new(errors.as_deref());
    let chars = ucs1::decode_ascii(vm, &mut policy, &input)?;
    Ok(codec_tuple(new_unicode(chars), input.len()))
}

/// `latin_1_encode` and `ascii_encode`.
fn ucs1_encode(vm: &mut Vm, a: &Args, func: &str, limit: u32) -> PyResult<ObjRef> {
    let (text, errors) = encoder_args(vm, a, func, 2)?;
    let mut policy = ErrorPolicy::new(errors.as_deref());
    let bytes = ucs1::encode(vm, &mut policy, &text, limit)?;
    Ok(codec_tuple(new_str(bytes), text.len()))
}

fn latin_1_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    ucs1_encode(vm, &a, "latin_1_encode", 256)
}

fn ascii_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    ucs1_encode(vm, &a, "ascii_encode", 128)
}

/// The optional mapping argument of the charmap codecs (None is no mapping).
fn mapping_arg(a: &Args) -> Option<ObjRef> {
    a.pos.get(2).filter(|m| !m.is_none()).cloned()
}

fn charmap_decode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (input, errors) = decoder_args(vm, &a, "charmap_decode", 3)?;
    let mapping = mapping_arg(&a);
    let mut policy = ErrorPolicy::new(errors.as_deref());
    let chars = charmap::decode(vm, &mut policy, &input, mapping.as_ref())?;
    Ok(codec_tuple(new_unicode(chars), input.len()))
}

fn charmap_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (text, errors) = encoder_args(vm, &a, "charmap_encode", 3)?;
    let mapping = mapping_arg(&a);
    let mut policy = ErrorPolicy::new(errors.as_deref());
    let bytes = charmap::encode(vm, &mut policy, &text, mapping.as_ref())?;
    Ok(codec_tuple(new_str(bytes), text.len()))
}

fn charmap_build(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = parse(vm, &a, "charmap_build", 1, 1)?;
    let Payload::Unicode(table) = &args[0].payload else {
        return Err(vm.type_error(format!(
            "charmap_build() argument 1 must be unicode, not {}",
            vm.type_name(&args[0])
        )));
    };
    let table = table.chars().to_vec();
    charmap::build_encoding_map(vm, &table)
}

/// `readbuffer_encode` and `charbuffer_encode`: the bytes as a str.
fn buffer_encode(vm: &mut Vm, a: &Args, func: &str) -> PyResult<ObjRef> {
    let (input, _) = decoder_args(vm, a, func, 2)?;
    let len = input.len();
    Ok(codec_tuple(new_str(input), len))
}

fn readbuffer_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    buffer_encode(vm, &a, "readbuffer_encode")
}

fn charbuffer_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    buffer_encode(vm, &a, "charbuffer_encode")
}

fn escape_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = parse(vm, &a, "escape_encode", 1, 2)?;
    let Payload::Str(s) = &args[0].payload else {
        return Err(vm.type_error(format!(
            "escape_encode() argument 1 must be string, not {}",
            vm.type_name(&args[0])
        )));
    };
    errors_arg(vm, args, 1, "escape_encode")?;
    let input = s.as_bytes();
    Ok(codec_tuple(
        new_str(escapes::escape_encode(input)),
        input.len(),
    ))
}

fn escape_decode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (input, errors) = decoder_args(vm, &a, "escape_decode", 2)?;
    let bytes = escapes::escape_decode(vm, &input, errors.as_deref())?;
    Ok(codec_tuple(new_str(bytes), input.len()))
}

fn unicode_escape_decode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (input, errors) = decoder_args(vm, &a, "unicode_escape_decode", 2)?;
    let mut policy = ErrorPolicy::new(errors.as_deref());
    let chars = escapes::unicode_escape_decode(vm, &mut policy, &input)?;
    Ok(codec_tuple(new_unicode(chars), input.len()))
}

fn raw_unicode_escape_decode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (input, errors) = decoder_args(vm, &a, "raw_unicode_escape_decode", 2)?;
    let mut policy = ErrorPolicy::new(errors.as_deref());
    let chars = escapes::raw_unicode_escape_decode(vm, &mut policy, &input)?;
    Ok(codec_tuple(new_unicode(chars), input.len()))
}

fn unicode_escape_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (text, _) = encoder_args(vm, &a, "unicode_escape_encode", 2)?;
    let bytes = escapes::unicode_escape_encode(&text);
    Ok(codec_tuple(new_str(bytes), text.len()))
}

fn raw_unicode_escape_encode(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (text, _) = encoder_args(vm, &a, "raw_unicode_escape_encode", 2)?;
    let bytes = escapes::raw_unicode_escape_encode(&text);
    Ok(codec_tuple(new_str(bytes), text.len()))
}

/// An optional `i` argument (0 when absent).
fn int_or_zero(vm: &Vm, args: &[ObjRef], index: usize) -> PyResult<i64> {
    match args.get(index) {
        Some(v) => int_arg(vm, v),
        None => Ok(0),
    }
}

/// The UTF-16 and UTF-32 decoders: `(data, errors, final)` in a fixed byte order (0 for the
/// native one with a byte order mark), or with `ex` `(data, errors, byteorder, final)`,
/// returning the byte order found as a third item.
fn wide_decode(
    vm: &mut Vm,
    a: &Args,
    func: &str,
    width: Width,
    order: i32,
    ex: bool,
) -> PyResult<ObjRef> {
    let (input, errors) = decoder_args(vm, a, func, if ex { 4 } else { 3 })?;
    let mut byteorder = if ex {
        int_or_zero(vm, a.pos, 2)? as i32
    } else {
        order
    };
    let last = int_or_zero(vm, a.pos, if ex { 3 } else { 2 })? != 0;
    let mut policy = ErrorPolicy::new(errors.as_deref());
    let (chars, consumed) = utf16::decode(vm, &mut policy, &input, width, &mut byteorder, last)?;
    let mut items = vec![new_unicode(chars), new_int(consumed as i64)];
    if ex {
        items.push(new_int(i64::from(byteorder)));
    }
    Ok(new_tuple(items))
}

/// The UTF-16 and UTF-32 encoders: `(text, errors)` in a fixed byte order, or with
/// `native` `(text, errors, byteorder)`.
fn wide_encode(
    vm: &mut Vm,
    a: &Args,
    func: &str,
    width: Width,
    order: Option<i32>,
) -> PyResult<ObjRef> {
    let (text, _) = encoder_args(vm, a, func, if order.is_some() { 2 } else { 3 })?;
    let byteorder = match order {
        Some(o) => o,
        None => int_or_zero(vm, a.pos, 2)? as i32,
    };
    Ok(codec_tuple(
        new_str(utf16::encode(&text, width, byteorder)),
        text.len(),
    ))
}

/// The fixed-order and native-order UTF-16/32 functions of `_codecs`.
macro_rules! wide_codecs {
    ($($name:ident => $kind:ident($width:ident $(, $order:expr)?);)*) => {
        $(
            fn $name(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
                wide_codecs!(@call vm, a, $name, $kind, $width $(, $order)?)
            }
        )*
    };
    (@call $vm:ident, $a:ident, $name:ident, decode, $width:ident, $order:expr) => {
        wide_decode($vm, &$a, stringify!($name), Width::$width, $order, false)
    };
    (@call $vm:ident, $a:ident, $name:ident, decode_ex, $width:ident) => {
        wide_decode($vm, &$a, stringify!($name), Width::$width, 0, true)
    };
    (@call $vm:ident, $a:ident, $name:ident, encode, $width:ident, $order:expr) => {
        wide_encode($vm, &$a, stringify!($name), Width::$width, $order)
    };
}

wide_codecs! {
    utf_16_decode => decode(Utf16, 0);
    utf_16_le_decode => decode(Utf16, -1);
    utf_16_be_decode => decode(Utf16, 1);
    utf_16_ex_decode => decode_ex(Utf16);
    utf_16_encode => encode(Utf16, None);
    utf_16_le_encode => encode(Utf16, Some(-1));
    utf_16_be_encode => encode(Utf16, Some(1));
    utf_32_decode => decode(Utf32, 0);
    utf_32_le_decode => decode(Utf32, -1);
    utf_32_be_decode => decode(Utf32, 1);
    utf_32_ex_decode => decode_ex(Utf32);
    utf_32_encode => encode(Utf32, None);
    utf_32_le_encode => encode(Utf32, Some(-1));
    utf_32_be_encode => encode(Utf32, Some(1));
}

/// Codecs of `_codecs` the VM does not implement: calling one faults, naming it.
macro_rules! not_implemented {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(_: &mut Vm, _: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
                Err(PyErr::unsupported(concat!("_codecs.", stringify!($name))))
            }
        )*
    };
}

not_implemented!(
    utf_7_encode,
    utf_7_decode,
    unicode_internal_encode,
    unicode_internal_decode,
);
