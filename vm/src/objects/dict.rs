//! `dict`: CPython 2.7's open-addressing hash table (Objects/dictobject.c), reproduced slot for
//! slot — same probe sequence, dummy entries, fill/used accounting and resize policy — so that
//! iteration order, `repr`, `keys()` and `popitem()` match CPython after any sequence of
//! inserts and deletes.
//!
//! The table never calls Python code itself: lookups take a key comparator from the caller, and
//! release nothing while it runs, so the caller must not hold a borrow of the `RefCell` around
//! a comparator that can run Python code (see `runtime::dict_ops`).

use super::ObjRef;

/// Smallest table size (`PyDict_MINSIZE`).
pub const MINSIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub enum Slot {
    Empty,
    /// A deleted entry: keeps probe chains intact.
    Dummy,
    Active(i64, ObjRef, ObjRef),
}

#[derive(Clone)]
pub struct DictTable {
    slots: Vec<Slot>,
    /// Active + dummy slots (`ma_fill`).
    fill: usize,
    /// Active slots (`ma_used`).
    used: usize,
    /// The hash field of slot 0, which CPython also uses as `popitem`'s search finger: it
    /// keeps the hash of whatever was stored there last, even after a delete.
    finger: i64,
    /// Bumped on every structural change, so a lookup interrupted by Python code can tell.
    pub version: u64,
}

impl Default for DictTable {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a lookup ended: the slot holding the key, or the slot an insert would use.
pub enum Probe {
    Found(usize),
    Vacant(usize),
}

impl DictTable {
    pub fn new() -> Self {
        DictTable {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    /// The table size `dictresize` picks for `minused` entries: the smallest power of two
    /// above it, at least `MINSIZE`.
    pub fn slots_for(minused: usize) -> usize {
        minused
            .checked_add(1)
            .and_then(usize::checked_next_power_of_two)
            .unwrap_or(usize::MAX)
            .max(MINSIZE)
    }

    /// Bytes the slots of a table presized for `minused` entries take, for the memory limit.
    pub fn presized_bytes(minused: usize) -> u128 {
        if minused > 5 {
            Self::slots_for(minused) as u128 * std::mem::size_of::<Slot>() as u128
        } else {
            0
        }
    }

    /// `_PyDict_NewPresized`: dict displays of more than 5 entries start larger.
    pub fn presized(minused: usize) -> Self {
        let mut table = Self::new();
        if minused > 5 {
            table.resize(minused);
        }
        table
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// CPython's `lookdict`: the probe sequence, with `eq` deciding equality of two distinct
    /// keys whose hashes match. `eq` may fail (a Python `__eq__` raising).
    pub fn lookup<E>(
        &self,
        key: &ObjRef,
        hash: i64,
        eq: &mut dyn FnMut(&ObjRef, &ObjRef) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        match &self.slots[i] {
            Slot::Empty => return Ok(Probe::Vacant(i)),
            Slot::Dummy => freeslot = Some(i),
            Slot::Active(h, k, _) => {
                if std::rc::Rc::ptr_eq(k, key) || (*h == hash && eq(k, key)?) {
                    return Ok(Probe::Found(i));
                }
            }
        }
        let mut perturb = hash as u64 as usize;
        loop {
            i = (i << 2)
                .wrapping_add(i)
                .wrapping_add(perturb)
                .wrapping_add(1);
            let idx = i & mask;
            match &self.slots[idx] {
                Slot::Empty => return Ok(Probe::Vacant(freeslot.unwrap_or(idx))),
                Slot::Dummy => {
                    if freeslot.is_none() {
                        freeslot = Some(idx);
                    }
                }
                Slot::Active(h, k, _) => {
                    if std::rc::Rc::ptr_eq(k, key) || (*h == hash && eq(k, key)?) {
                        return Ok(Probe::Found(idx));
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
        }
    }

    pub fn value_at(&self, idx: usize) -> Option<&ObjRef> {
        match &self.slots[idx] {
            Slot::Active(_, _, v) => Some(v),
            _ => None,
        }
    }

    pub fn entry_at(&self, idx: usize) -> Option<(&ObjRef, &ObjRef)> {
        match &self.slots[idx] {
            Slot::Active(_, k, v) => Some((k, v)),
            _ => None,
        }
    }

    /// Stores into the slot a lookup returned, then resizes as `PyDict_SetItem` does.
    /// Returns the value it replaced, which the caller drops after releasing its borrow
    /// (dropping it can run a `__del__`).
    pub fn store_at(
        &mut self,
        probe: Probe,
        key: ObjRef,
        hash: i64,
        value: ObjRef,
    ) -> Option<ObjRef> {
        match probe {
            Probe::Found(idx) => match &mut self.slots[idx] {
                Slot::Active(_, _, v) => Some(std::mem::replace(v, value)),
                _ => unreachable!("a found slot is active"),
            },
            Probe::Vacant(idx) => {
                if matches!(self.slots[idx], Slot::Empty) {
                    self.fill += 1;
                }
                self.slots[idx] = Slot::Active(hash, key, value);
                if idx == 0 {
                    self.finger = hash;
                }
                self.used += 1;
                self.version += 1;
                if self.fill * 3 >= (self.mask() + 1) * 2 {
                    let factor = if self.used > 50000 { 2 } else { 4 };
                    self.resize(factor * self.used);
                }
                None
            }
        }
    }

    /// Deletes the entry a lookup found; returns its key and value for the caller to drop.
    pub fn remove_at(&mut self, idx: usize) -> (ObjRef, ObjRef) {
        let old = std::mem::replace(&mut self.slots[idx], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        match old {
            Slot::Active(_, k, v) => (k, v),
            _ => unreachable!(),
        }
    }

    /// `dictresize`: the smallest power of two above `minused`, entries re-inserted in table
    /// order into a table without dummies.
    pub fn resize(&mut self, minused: usize) {
        let newsize = Self::slots_for(minused);
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = 0;
        self.used = 0;
        self.finger = 0;
        self.version += 1;
        for slot in old {
            if let Slot::Active(h, k, v) = slot {
                self.insert_clean(h, k, v);
            }
        }
    }

    /// `insertdict_clean`: insert a key known to be absent into a table with no dummies.
    fn insert_clean(&mut self, hash: i64, key: ObjRef, value: ObjRef) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64 as usize;
        while !matches!(self.slots[i & mask], Slot::Empty) {
            i = (i << 2)
                .wrapping_add(i)
                .wrapping_add(perturb)
                .wrapping_add(1);
            perturb >>= PERTURB_SHIFT;
        }
        if i & mask == 0 {
            self.finger = hash;
        }
        self.slots[i & mask] = Slot::Active(hash, key, value);
        self.fill += 1;
        self.used += 1;
    }

    /// Active entries in table order: the order of iteration, `keys()` and `repr`.
    pub fn entries(&self) -> impl Iterator<Item = (&ObjRef, &ObjRef)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(_, k, v) => Some((k, v)),
            _ => None,
        })
    }

    pub fn entries_with_hash(&self) -> impl Iterator<Item = (i64, &ObjRef, &ObjRef)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k, v) => Some((*h, k, v)),
            _ => None,
        })
    }

    /// Deleted slots still holding a place in probe chains (`fill - used`).
    pub fn dummies(&self) -> usize {
        self.fill - self.used
    }

    /// Number of slots (for iterators that walk the table by index, as `dictiter` does).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// `dict.popitem()`'s choice of entry: slot 0 if active, else a scan from the finger;
    /// afterwards the finger points past the chosen slot (1 when slot 0 was taken).
    pub fn popitem_index(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let mut i: i64 = 0;
        if !matches!(self.slots[0], Slot::Active(..)) {
            let mask = self.mask() as i64;
            i = self.finger;
            if i > mask || i < 1 {
                i = 1;
            }
            while !matches!(self.slots[i as usize], Slot::Active(..)) {
                i += 1;
                if i > mask {
                    i = 1;
                }
            }
        }
        Some(i as usize)
    }

    /// Removes the entry `popitem_index` chose and moves the finger on.
    pub fn pop_at(&mut self, idx: usize) -> (ObjRef, ObjRef) {
        let entry = self.remove_at(idx);
        self.finger = idx as i64 + 1;
        entry
    }

    /// `PyDict_Clear`: back to an empty minimum-size table; returns the old entries to drop.
    pub fn clear(&mut self) -> Vec<Slot> {
        self.fill = 0;
        self.used = 0;
        self.finger = 0;
        self.version += 1;
        std::mem::replace(&mut self.slots, vec![Slot::Empty; MINSIZE])
    }

    /// `PyDict_Merge`'s pre-sizing when merging `incoming` entries into this table.
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 3 >= (self.mask() + 1) * 2 {
            self.resize((self.used + incoming) * 2);
        }
    }
}
