//! The codec registry (Python/codecs.c): search functions, the cache of what they found keyed
//! by the normalized encoding name, the error-handler registry, and encoding or decoding an
//! object through the codec a name looks up.
//!
//! CPython starts its registry during start-up: it imports the `encodings` package, which
//! registers its search function, and looks up the locale's codeset. The golden files come
//! from a UTF-8 locale, so `utf-8` is in the cache when a program starts (as the
//! `encodings.utf_8` entry of `import::START_MODULES` assumes). The VM does the same work,
//! untraced, the first time anything could see the registry.

use std::collections::HashMap;

use super::errors::BUILTIN_HANDLERS;
use crate::error::{PyErr, PyResult};
use crate::objects::{new_str, BuiltinFunction, ObjRef, Payload, PyObject};
use crate::runtime::Vm;

/// The locale codeset CPython's start-up looks up (`nl_langinfo(CODESET)`).
const STARTUP_CODESET: &[u8] = b"UTF-8";

/// The interpreter's codec state (`interp->codec_search_path`, `codec_search_cache`,
/// `codec_error_registry`).
#[derive(Default)]
pub struct CodecRegistry {
    started: bool,
    search_path: Vec<ObjRef>,
    cache: HashMap<Vec<u8>, ObjRef>,
    error_handlers: HashMap<Vec<u8>, ObjRef>,
    /// The type of the charmap codec's encoding maps, once one was built.
    pub(super) encoding_map_type: Option<ObjRef>,
    /// The type of the buffer objects `unicode()` hands to a codec, once one was made.
    pub(crate) buffer_type: Option<ObjRef>,
}

/// `normalizestring`: lower case, spaces become hyphens.
fn normalize_name(encoding: &[u8]) -> Vec<u8> {
    encoding
        .iter()
        .map(|&c| {
            if c == b' ' {
                b'-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

impl Vm {
    /// The registry's start-up (`_PyCodecRegistry_Init` and the codeset lookup of
    /// `Py_InitializeEx`), done once and untraced; a missing `encodings` package leaves the
    /// registry empty, as in CPython.
    pub fn start_codecs(&mut self) -> PyResult<()> {
        if self.codecs.started {
            return Ok(());
        }
        self.codecs.started = true;
        for (name, def) in BUILTIN_HANDLERS {
            let handler = PyObject::new(Payload::Builtin(BuiltinFunction {
                def,
                self_obj: None,
            }));
            self.codecs
                .error_handlers
                .insert(name.as_bytes().to_vec(), handler);
        }
        let chain = std::mem::take(&mut self.frames);
        let result = self.import_encodings_package();
        self.frames = chain;
        result
    }

    fn import_encodings_package(&mut self) -> PyResult<()> {
        match self.import_module_level(b"encodings", None, None, 0) {
            Ok(_) => {}
            Err(e) if self.exception_matches(&e, &self.types.exc.import_error.clone()) => {
                return Ok(())
            }
            Err(e) => return Err(e),
        }
        match self.codec_lookup(STARTUP_CODESET) {
            Ok(_) | Err(PyErr::Exception(_)) => Ok(()),
            Err(fault) => Err(fault),
        }
    }

    /// `PyCodec_Register`.
    pub fn codec_register(&mut self, search_function: &ObjRef) -> PyResult<()> {
        self.start_codecs()?;
        if !self.is_callable(search_function) {
            return Err(self.type_error("argument must be callable"));
        }
        self.codecs.search_path.push(search_function.clone());
        Ok(())
    }

    /// `_PyCodec_Lookup`: the codec info (a 4-tuple, usually a `codecs.CodecInfo`) for an
    /// encoding name, from the cache or the first search function that knows it.
    pub fn codec_lookup(&mut self, encoding: &[u8]) -> PyResult<ObjRef> {
        self.start_codecs()?;
        let normalized = normalize_name(encoding);
        if let Some(found) = self.codecs.cache.get(&normalized) {
            return Ok(found.clone());
        }
        let search_path = self.codecs.search_path.clone();
        if search_path.is_empty() {
            return Err(self.err(
                &self.types.exc.lookup_error.clone(),
                "no codec search functions registered: can't find encoding",
            ));
        }
        let key = new_str(normalized.clone());
        for search in &search_path {
            let result = self.call_object(search, std::slice::from_ref(&key), &[])?;
            if result.is_none() {
                continue;
            }
            if result.as_tuple().map(<[ObjRef]>::len) != Some(4) {
                return Err(self.type_error("codec search functions must return 4-tuples"));
            }
            self.codecs.cache.insert(normalized, result.clone());
            return Ok(result);
        }
        Err(self.err(
            &self.types.exc.lookup_error.clone(),
            format!("unknown encoding: {}", String::from_utf8_lossy(encoding)),
        ))
    }

    /// `codec_getitem`: the encoder (0) or decoder (1) of a codec.
    fn codec_function(&mut self, encoding: &[u8], index: usize) -> PyResult<ObjRef> {
        let info = self.codec_lookup(encoding)?;
        let function = info.as_tuple().and_then(|t| t.get(index)).cloned();
        Ok(function.unwrap_or_else(crate::objects::none))
    }

    /// `PyCodec_Encode` (and `_PyCodec_EncodeText`, the same without -3 warnings).
    pub fn codec_encode(
        &mut self,
        object: &ObjRef,
        encoding: &[u8],
        errors: Option<&[u8]>,
    ) -> PyResult<ObjRef> {
        let encoder = self.codec_function(encoding, 0)?;
        self.call_codec(&encoder, object, errors, "encoder")
    }

    /// `PyCodec_Decode` (and `_PyCodec_DecodeText`).
    pub fn codec_decode(
        &mut self,
        object: &ObjRef,
        encoding: &[u8],
        errors: Option<&[u8]>,
    ) -> PyResult<ObjRef> {
        let decoder = self.codec_function(encoding, 1)?;
        self.call_codec(&decoder, object, errors, "decoder")
    }

    /// `_PyCodec_EncodeInternal` / `_PyCodec_DecodeInternal`: calls the codec function with
    /// the object (and the errors name when one was given) and keeps the first item of the
    /// `(object, length)` tuple it must return.
    fn call_codec(
        &mut self,
        function: &ObjRef,
        object: &ObjRef,
        errors: Option<&[u8]>,
        what: &str,
    ) -> PyResult<ObjRef> {
        let mut args = vec![object.clone()];
        if let Some(errors) = errors {
            args.push(new_str(errors.to_vec()));
        }
        let result = self.call_object(function, &args, &[])?;
        match result.as_tuple() {
            Some([value, _]) => Ok(value.clone()),
            _ => Err(self.type_error(format!("{what} must return a tuple (object,integer)"))),
        }
    }

    /// `PyCodec_RegisterError`.
    pub fn codec_register_error(&mut self, name: &[u8], handler: &ObjRef) -> PyResult<()> {
        self.start_codecs()?;
        if !self.is_callable(handler) {
            return Err(self.type_error("handler must be callable"));
        }
        self.codecs
            .error_handlers
            .insert(name.to_vec(), handler.clone());
        Ok(())
    }

    /// `PyCodec_LookupError`.
    pub fn codec_lookup_error(&mut self, name: &[u8]) -> PyResult<ObjRef> {
        self.start_codecs()?;
        match self.codecs.error_handlers.get(name) {
            Some(handler) => Ok(handler.clone()),
            None => Err(self.err(
                &self.types.exc.lookup_error.clone(),
                format!(
                    "unknown error handler name '{}'",
                    String::from_utf8_lossy(&name[..name.len().min(400)])
                ),
            )),
        }
    }
}

/// A module the reference interpreter imports while starting its codec registry: importing
/// one first starts the registry, so the modules load in CPython's order.
pub fn is_startup_module(name: &[u8]) -> bool {
    name == b"codecs" || name == b"encodings" || name.starts_with(b"encodings.")
}

#[cfg(test)]
mod tests {
    use super::normalize_name;

    #[test]
    fn names_are_lowered_and_spaces_become_hyphens() {
        assert_eq!(normalize_name(b"UTF-8"), b"utf-8");
        assert_eq!(normalize_name(b"Latin 1"), b"latin-1");
        assert_eq!(normalize_name(b"utf_8"), b"utf_8");
    }
}
