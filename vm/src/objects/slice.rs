//! `slice`: the object `a[i:j:k]` passes to `__getitem__` (Objects/sliceobject.c).

use super::ObjRef;

pub struct PySlice {
    pub start: ObjRef,
    pub stop: ObjRef,
    pub step: ObjRef,
}

/// `PySlice_GetIndicesEx` for already-converted bounds: clamps to `len` and returns
/// `(start, stop, step, slicelength)`. `None` stands for a missing bound.
pub fn indices(start: Option<i64>, stop: Option<i64>, step: i64, len: i64) -> (i64, i64, i64, i64) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(mut v) => {
            if v < 0 {
                v += len;
                if v < lower {
                    v = lower;
                }
            } else if v > upper {
                v = upper;
            }
            v
        }
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let slicelength = if (step < 0 && stop >= start) || (step > 0 && start >= stop) {
        0
    } else if step < 0 {
        (stop - start + 1) / step + 1
    } else {
        (stop - start - 1) / step + 1
    };
    (start, stop, step, slicelength)
}
