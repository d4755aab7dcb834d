//! Dict and set access with CPython's hashing and key equality. Keys of the built-in
//! immutable types compare without running Python code; other keys compare by identity.

use crate::error::PyResult;
use crate::objects::dict::Probe;
use crate::objects::hash::{eq_immutable, hash_immutable, hash_pointer};
use crate::objects::{address, ObjRef, Payload};
use crate::runtime::Vm;

fn key_eq(a: &ObjRef, b: &ObjRef) -> Result<bool, ()> {
    Ok(eq_immutable(a, b).unwrap_or(false))
}

/// Is `key` (a `str`) in the dict `d`? For the `__pztrace__` lookup, which must not fail.
pub fn contains_str_key(d: &ObjRef, key: &ObjRef) -> bool {
    let (Some(table), Payload::Str(s)) = (d.as_dict(), &key.payload) else {
        return false;
    };
    matches!(
        table.borrow().lookup(key, s.hash(), &mut key_eq),
        Ok(Probe::Found(_))
    )
}

impl Vm {
    /// `hash(o)`.
    pub fn hash(&mut self, obj: &ObjRef) -> PyResult<i64> {
        if crate::protocols::slots::is_user(obj) {
            if let Some(h) = self.user_hash(obj)? {
                return Ok(h);
            }
        }
        self.builtin_hash(obj)
    }

    /// `hash(o)` by the payload alone.
    pub(crate) fn builtin_hash(&mut self, obj: &ObjRef) -> PyResult<i64> {
        match &obj.payload {
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))))
            }
            // `slice_hash` raises its own message, without the type's name.
            Payload::Slice(_) => Err(self.type_error("unhashable type")),
            // `structseq_hash`: the hash of its tuple.
            Payload::StructSeq(s) => {
                let tuple = s.to_tuple();
                self.hash(&tuple)
            }
            Payload::Tuple(items) => {
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    hashes.push(self.hash(item)?);
                }
                Ok(crate::objects::hash::hash_tuple(&hashes))
            }
            _ => Ok(hash_immutable(obj).unwrap_or_else(|| hash_pointer(address(obj)))),
        }
    }

    pub fn dict_get(&mut self, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = self.hash(key)?;
        let Some(table) = d.as_dict() else {
            return Err(self.system_error("bad internal call: not a dict"));
        };
        let table = table.borrow();
        match table.lookup(key, hash, &mut key_eq) {
            Ok(Probe::Found(i)) => Ok(table.value_at(i).cloned()),
            _ => Ok(None),
        }
    }

    pub fn dict_set(&mut self, d: &ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        let hash = self.hash(&key)?;
        let Some(table) = d.as_dict() else {
            return Err(self.system_error("bad internal call: not a dict"));
        };
        let old = {
            let mut table = table.borrow_mut();
            let probe = table
                .lookup(&key, hash, &mut key_eq)
                .unwrap_or(Probe::Vacant(0));
            table.store_at(probe, key, hash, value)
        };
        drop(old);
        Ok(())
    }

    /// Removes `key`; `Ok(false)` when it was not there.
    pub fn dict_del(&mut self, d: &ObjRef, key: &ObjRef) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let Some(table) = d.as_dict() else {
            return Err(self.system_error("bad internal call: not a dict"));
        };
        let removed = {
            let mut table = table.borrow_mut();
            match table.lookup(key, hash, &mut key_eq) {
                Ok(Probe::Found(i)) => Some(table.remove_at(i)),
                _ => None,
            }
        };
        Ok(removed.is_some())
    }

    pub fn set_add(&mut self, s: &ObjRef, key: ObjRef) -> PyResult<()> {
        let hash = self.hash(&key)?;
        match &s.payload {
            Payload::Set(table) => {
                let mut table = table.borrow_mut();
                let probe = table
                    .lookup(&key, hash, &mut key_eq)
                    .unwrap_or(Probe::Vacant(0));
                table.add_at(probe, key, hash);
                Ok(())
            }
            _ => Err(self.system_error("bad internal call: not a set")),
        }
    }

    pub fn set_contains(&mut self, s: &ObjRef, key: &ObjRef) -> PyResult<bool> {
        crate::builtins::set_methods::contains(self, s, key)
    }
}
