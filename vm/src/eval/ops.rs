//! The opcodes, one arm each, grouped in families below the dispatch `match`. Each body follows
//! its `case` in CPython 2.7's `ceval.c`: same pops and pushes in the same order, same error
//! messages, NULL left on the stack where CPython leaves one.

use super::frame::{BlockKind, Frame, Why, WHY_BREAK, WHY_CONTINUE, WHY_RETURN};
use super::{set_top, set_top_result, top, OpResult};
use crate::error::PyErr;
use crate::objects::{self, new_bool, null, ObjRef, Payload};
use crate::opcode::Opcode;
use crate::protocols::number::{BinOp, UnaryOp};
use crate::runtime::Vm;
use crate::trace::TraceMode;

impl Vm {
    pub(super) fn dispatch<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        op: Opcode,
        arg: u32,
    ) -> OpResult {
        use Opcode::*;
        match op {
            NOP => Ok(()),
            POP_TOP => self.pop::<T>(f).map(drop).map_err(Why::from),
            ROT_TWO => rotate(f, 2),
            ROT_THREE => rotate(f, 3),
            ROT_FOUR => rotate(f, 4),
            DUP_TOP => {
                let v = top(f, 1)?.clone();
                self.push::<T>(f, v);
                Ok(())
            }
            DUP_TOPX => self.op_dup_topx::<T>(f, arg),
            UNARY_POSITIVE => self.op_unary(f, UnaryOp::Positive),
            UNARY_NEGATIVE => self.op_unary(f, UnaryOp::Negative),
            UNARY_INVERT => self.op_unary(f, UnaryOp::Invert),
            UNARY_CONVERT => {
                let v = top(f, 1)?.clone();
                let r = self.repr(&v).map(objects::new_str);
                set_top_result(f, r)
            }
            UNARY_NOT => self.op_unary_not::<T>(f),
            BINARY_POWER => self.op_binary::<T>(f, BinOp::Pow, false),
            BINARY_MULTIPLY => self.op_binary::<T>(f, BinOp::Mul, false),
            BINARY_DIVIDE => self.op_binary::<T>(f, self.classic_or_true_div(f), false),
            BINARY_TRUE_DIVIDE => self.op_binary::<T>(f, BinOp::TrueDiv, false),
            BINARY_FLOOR_DIVIDE => self.op_binary::<T>(f, BinOp::FloorDiv, false),
            BINARY_MODULO => self.op_binary::<T>(f, BinOp::Mod, false),
            BINARY_ADD => self.op_binary::<T>(f, BinOp::Add, false),
            BINARY_SUBTRACT => self.op_binary::<T>(f, BinOp::Sub, false),
            BINARY_LSHIFT => self.op_binary::<T>(f, BinOp::Lshift, false),
            BINARY_RSHIFT => self.op_binary::<T>(f, BinOp::Rshift, false),
            BINARY_AND => self.op_binary::<T>(f, BinOp::And, false),
            BINARY_XOR => self.op_binary::<T>(f, BinOp::Xor, false),
            BINARY_OR => self.op_binary::<T>(f, BinOp::Or, false),
            INPLACE_POWER => self.op_binary::<T>(f, BinOp::Pow, true),
            INPLACE_MULTIPLY => self.op_binary::<T>(f, BinOp::Mul, true),
            INPLACE_DIVIDE => self.op_binary::<T>(f, self.classic_or_true_div(f), true),
            INPLACE_TRUE_DIVIDE => self.op_binary::<T>(f, BinOp::TrueDiv, true),
            INPLACE_FLOOR_DIVIDE => self.op_binary::<T>(f, BinOp::FloorDiv, true),
            INPLACE_MODULO => self.op_binary::<T>(f, BinOp::Mod, true),
            INPLACE_ADD => self.op_binary::<T>(f, BinOp::Add, true),
            INPLACE_SUBTRACT => self.op_binary::<T>(f, BinOp::Sub, true),
            INPLACE_LSHIFT => self.op_binary::<T>(f, BinOp::Lshift, true),
            INPLACE_RSHIFT => self.op_binary::<T>(f, BinOp::Rshift, true),
            INPLACE_AND => self.op_binary::<T>(f, BinOp::And, true),
            INPLACE_XOR => self.op_binary::<T>(f, BinOp::Xor, true),
            INPLACE_OR => self.op_binary::<T>(f, BinOp::Or, true),
            BINARY_SUBSCR => {
                let w = self.pop::<T>(f)?;
                let v = top(f, 1)?.clone();
                let r = self.getitem(&v, &w);
                set_top_result(f, r)
            }
            SLICE_0 | SLICE_1 | SLICE_2 | SLICE_3 => {
                self.op_slice::<T>(f, op as u8 - SLICE_0 as u8)
            }
            STORE_SLICE_0 | STORE_SLICE_1 | STORE_SLICE_2 | STORE_SLICE_3 => {
                self.op_store_slice::<T>(f, op as u8 - STORE_SLICE_0 as u8, true)
            }
            DELETE_SLICE_0 | DELETE_SLICE_1 | DELETE_SLICE_2 | DELETE_SLICE_3 => {
                self.op_store_slice::<T>(f, op as u8 - DELETE_SLICE_0 as u8, false)
            }
            STORE_SUBSCR => {
                let mut taken = self.stack_drop::<T>(f, 3)?;
                let (w, v, u) = (
                    taken.pop().unwrap(),
                    taken.pop().unwrap(),
                    taken.pop().unwrap(),
                );
                Ok(self.setitem(&v, &w, u)?)
            }
            DELETE_SUBSCR => {
                let mut taken = self.stack_drop::<T>(f, 2)?;
                let (w, v) = (taken.pop().unwrap(), taken.pop().unwrap());
                Ok(self.delitem(&v, &w)?)
            }
            PRINT_EXPR => {
                let v = self.pop::<T>(f)?;
                Ok(self.print_expr(&v)?)
            }
            PRINT_ITEM => {
                let v = self.pop::<T>(f)?;
                Ok(self.print_item(None, &v)?)
            }
            PRINT_ITEM_TO => {
                let stream = self.pop::<T>(f)?;
                let v = self.pop::<T>(f)?;
                Ok(self.print_item(Some(&stream), &v)?)
            }
            PRINT_NEWLINE => Ok(self.print_newline(None)?),
            PRINT_NEWLINE_TO => {
                let stream = self.pop::<T>(f)?;
                Ok(self.print_newline(Some(&stream))?)
            }
            RAISE_VARARGS => self.op_raise::<T>(f, arg),
            LOAD_LOCALS => match f.locals.clone() {
                Some(locals) => {
                    self.push::<T>(f, locals);
                    Ok(())
                }
                None => Err(self.system_error("no locals").into()),
            },
            RETURN_VALUE => Err(Why::Return(self.pop::<T>(f)?)),
            YIELD_VALUE => Err(Why::Yield(self.pop::<T>(f)?)),
            POP_BLOCK => {
                let block = f
                    .blocks
                    .pop()
                    .ok_or_else(|| PyErr::bad_bytecode("XXX block stack underflow"))?;
                while f.stack.len() > block.level {
                    self.pop_and_release::<T>(f);
                }
                Ok(())
            }
            END_FINALLY => self.op_end_finally::<T>(f),
            STORE_NAME => {
                let name = self.name_operand(f, arg)?;
                let v = self.pop::<T>(f)?;
                match f.locals.clone() {
                    Some(locals) => Ok(self.setitem(&locals, &name, v)?),
                    None => Err(self.no_locals("no locals found when storing", &name).into()),
                }
            }
            DELETE_NAME => {
                let name = self.name_operand(f, arg)?;
                match f.locals.clone() {
                    Some(locals) => match self.delitem(&locals, &name) {
                        Ok(()) => Ok(()),
                        Err(_) => Err(self.name_not_defined(&name).into()),
                    },
                    None => Err(self.no_locals("no locals when deleting", &name).into()),
                }
            }
            UNPACK_SEQUENCE => self.op_unpack_sequence::<T>(f, arg as usize),
            STORE_ATTR => {
                let name = self.name_operand(f, arg)?;
                let mut taken = self.stack_drop::<T>(f, 2)?;
                let (v, u) = (taken.pop().unwrap(), taken.pop().unwrap());
                Ok(self.setattr(&v, &name, Some(u))?)
            }
            DELETE_ATTR => {
                let name = self.name_operand(f, arg)?;
                let v = self.pop::<T>(f)?;
                Ok(self.setattr(&v, &name, None)?)
            }
            STORE_GLOBAL => {
                let name = self.name_operand(f, arg)?;
                let v = self.pop::<T>(f)?;
                let globals = f.globals.clone();
                Ok(self.dict_set(&globals, name, v)?)
            }
            DELETE_GLOBAL => {
                let name = self.name_operand(f, arg)?;
                let globals = f.globals.clone();
                match self.dict_del(&globals, &name)? {
                    true => Ok(()),
                    false => Err(self.global_not_defined(&name).into()),
                }
            }
            LOAD_NAME => self.op_load_name::<T>(f, arg),
            LOAD_GLOBAL => self.op_load_global::<T>(f, arg),
            LOAD_CONST => {
                let v = f
                    .code
                    .consts
                    .get(arg as usize)
                    .cloned()
                    .ok_or_else(|| operand_out_of_range("co_consts", arg))?;
                self.push::<T>(f, v);
                Ok(())
            }
            LOAD_FAST => {
                let slot = f
                    .fast(arg as usize)
                    .ok_or_else(|| operand_out_of_range("locals", arg))?;
                let value = slot.borrow().clone();
                match value {
                    Some(v) => {
                        self.push::<T>(f, v);
                        Ok(())
                    }
                    None => Err(self.unbound_local(f, arg).into()),
                }
            }
            STORE_FAST => {
                let v = self.pop::<T>(f)?;
                let slot = f
                    .fast(arg as usize)
                    .ok_or_else(|| operand_out_of_range("locals", arg))?;
                let old = slot.replace(Some(v));
                drop(old);
                Ok(())
            }
            DELETE_FAST => {
                let slot = f
                    .fast(arg as usize)
                    .ok_or_else(|| operand_out_of_range("locals", arg))?;
                let old = slot.take();
                match old {
                    Some(_) => Ok(()),
                    None => Err(self.unbound_local(f, arg).into()),
                }
            }
            LOAD_CLOSURE => {
                let cell = f
                    .cell(arg as usize)
                    .ok_or_else(|| operand_out_of_range("cells", arg))?;
                self.push::<T>(f, cell);
                Ok(())
            }
            LOAD_DEREF => self.op_load_deref::<T>(f, arg),
            STORE_DEREF => {
                let v = self.pop::<T>(f)?;
                let cell = f
                    .cell(arg as usize)
                    .ok_or_else(|| operand_out_of_range("cells", arg))?;
                if let Payload::Cell(c) = &cell.payload {
                    let old = c.replace(Some(v));
                    drop(old);
                }
                Ok(())
            }
            BUILD_TUPLE => {
                let items = self.pop_n::<T>(f, arg as usize)?;
                self.push::<T>(f, objects::new_tuple(items));
                Ok(())
            }
            BUILD_LIST => {
                let items = self.pop_n::<T>(f, arg as usize)?;
                self.push::<T>(f, objects::new_list(items));
                Ok(())
            }
            BUILD_SET => self.op_build_set::<T>(f, arg as usize),
            BUILD_MAP => {
                self.check_alloc(objects::DictTable::presized_bytes(arg as usize))?;
                let d = objects::new_dict(objects::DictTable::presized(arg as usize));
                self.push::<T>(f, d);
                Ok(())
            }
            STORE_MAP => {
                let mut taken = self.stack_drop::<T>(f, 2)?;
                let (key, value) = (taken.pop().unwrap(), taken.pop().unwrap());
                let d = top(f, 1)?.clone();
                Ok(self.dict_set(&d, key, value)?)
            }
            MAP_ADD => {
                let mut taken = self.stack_drop::<T>(f, 2)?;
                let (key, value) = (taken.pop().unwrap(), taken.pop().unwrap());
                let d = top(f, arg as usize)?.clone();
                Ok(self.dict_set(&d, key, value)?)
            }
            LIST_APPEND => {
                let w = self.pop::<T>(f)?;
                let list = top(f, arg as usize)?.clone();
                match &list.payload {
                    Payload::List(items) => {
                        items.borrow_mut().push(w);
                        Ok(())
                    }
                    _ => Err(PyErr::bad_bytecode("LIST_APPEND on a non-list").into()),
                }
            }
            SET_ADD => {
                let w = self.pop::<T>(f)?;
                let set = top(f, arg as usize)?.clone();
                Ok(self.set_add(&set, w)?)
            }
            LOAD_ATTR => {
                let name = self.name_operand(f, arg)?;
                let v = top(f, 1)?.clone();
                let r = self.getattr(&v, &name);
                set_top_result(f, r)
            }
            COMPARE_OP => {
                let w = self.pop::<T>(f)?;
                let v = top(f, 1)?.clone();
                let r = self.compare_op(arg, &v, &w);
                set_top_result(f, r)
            }
            IMPORT_NAME => self.op_import_name::<T>(f, arg),
            IMPORT_FROM => {
                let name = self.name_operand(f, arg)?;
                let module = top(f, 1)?.clone();
                let r = self.getattr(&module, &name).map_err(|e| {
                    if self.exception_matches(&e, &self.types.exc.attribute_error) {
                        let text = String::from_utf8_lossy(name.as_str_bytes().unwrap_or(b"?"))
                            .into_owned();
                        self.err(
                            &self.types.exc.import_error,
                            format!("cannot import name {text}"),
                        )
                    } else {
                        e
                    }
                });
                self.push_result::<T>(f, r)
            }
            IMPORT_STAR => self.op_import_star::<T>(f),
            EXEC_STMT => self.op_exec_stmt::<T>(f),
            BUILD_CLASS => {
                let u = top(f, 1)?.clone();
                let v = top(f, 2)?.clone();
                let w = top(f, 3)?.clone();
                self.stack_drop::<T>(f, 2)?;
                let r = self.build_class(&u, &v, &w);
                set_top_result(f, r)
            }
            SETUP_WITH => self.op_setup_with::<T>(f, arg),
            WITH_CLEANUP => self.op_with_cleanup::<T>(f),
            JUMP_FORWARD => {
                f.pc += arg as usize;
                Ok(())
            }
            JUMP_ABSOLUTE => {
                f.pc = arg as usize;
                Ok(())
            }
            POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
                let w = self.pop::<T>(f)?;
                if self.is_true(&w)? == (op == POP_JUMP_IF_TRUE) {
                    f.pc = arg as usize;
                }
                Ok(())
            }
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                let w = top(f, 1)?.clone();
                if self.is_true(&w)? == (op == JUMP_IF_TRUE_OR_POP) {
                    f.pc = arg as usize;
                } else {
                    self.stack_drop::<T>(f, 1)?;
                }
                Ok(())
            }
            GET_ITER => {
                let v = top(f, 1)?.clone();
                match self.get_iter(&v) {
                    Ok(it) => Ok(set_top(f, 1, it)?),
                    Err(e) => {
                        self.stack_drop::<T>(f, 1)?;
                        Err(e.into())
                    }
                }
            }
            FOR_ITER => {
                let it = top(f, 1)?.clone();
                let next = self.iter_next(&it);
                // An exhausted iterator lets go of its sequence inside `tp_iternext`.
                self.run_finalizers();
                match next? {
                    Some(x) => self.push::<T>(f, x),
                    None => {
                        self.pop::<T>(f)?;
                        f.pc += arg as usize;
                    }
                }
                Ok(())
            }
            BREAK_LOOP => Err(Why::Break),
            CONTINUE_LOOP => Err(Why::Continue(arg as usize)),
            SETUP_LOOP => Ok(self.block_setup(f, BlockKind::Loop, f.pc + arg as usize)?),
            SETUP_EXCEPT => Ok(self.block_setup(f, BlockKind::Except, f.pc + arg as usize)?),
            SETUP_FINALLY => Ok(self.block_setup(f, BlockKind::Finally, f.pc + arg as usize)?),
            CALL_FUNCTION => self.op_call_function::<T>(f, arg),
            CALL_FUNCTION_VAR => self.op_call_function_var_kw::<T>(f, arg, true, false),
            CALL_FUNCTION_KW => self.op_call_function_var_kw::<T>(f, arg, false, true),
            CALL_FUNCTION_VAR_KW => self.op_call_function_var_kw::<T>(f, arg, true, true),
            MAKE_FUNCTION => self.op_make_function::<T>(f, arg, false),
            MAKE_CLOSURE => self.op_make_function::<T>(f, arg, true),
            BUILD_SLICE => {
                let w = if arg == 3 {
                    Some(self.pop::<T>(f)?)
                } else {
                    None
                };
                let v = self.pop::<T>(f)?;
                let u = top(f, 1)?.clone();
                let slice = objects::PyObject::new(Payload::Slice(objects::slice::PySlice {
                    start: u,
                    stop: v,
                    step: w.unwrap_or_else(objects::none),
                }));
                Ok(set_top(f, 1, slice)?)
            }
            EXTENDED_ARG => Err(PyErr::bad_bytecode("EXTENDED_ARG reached dispatch").into()),
        }
    }

    /// `BINARY_DIVIDE` is true division under `from __future__ import division`.
    fn classic_or_true_div(&self, f: &Frame) -> BinOp {
        if f.code.flags & objects::code::CO_FUTURE_DIVISION != 0 {
            BinOp::TrueDiv
        } else {
            BinOp::Div
        }
    }

    /// `PUSH(x)` of a result that may be NULL (CPython pushes it, then unwinds).
    pub(super) fn push_result<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        r: Result<ObjRef, PyErr>,
    ) -> OpResult {
        match r {
            Ok(v) => {
                self.push::<T>(f, v);
                Ok(())
            }
            Err(e) => {
                self.push::<T>(f, null());
                Err(e.into())
            }
        }
    }

    /// `n` values popped one by one (top first) and returned in stack order.
    pub(super) fn pop_n<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        n: usize,
    ) -> Result<Vec<ObjRef>, PyErr> {
        // An operand larger than the stack is corrupt bytecode; refusing it first also keeps
        // a huge operand from sizing the vector.
        if n > f.stack.len() {
            return Err(super::stack_underflow());
        }
        let mut items = vec![null(); n];
        for i in (0..n).rev() {
            items[i] = self.pop::<T>(f)?;
        }
        Ok(items)
    }

    fn name_operand(&self, f: &Frame, arg: u32) -> Result<ObjRef, PyErr> {
        f.code
            .names
            .get(arg as usize)
            .cloned()
            .ok_or_else(|| operand_out_of_range("co_names", arg))
    }

    fn op_dup_topx<T: TraceMode>(&mut self, f: &mut Frame, arg: u32) -> OpResult {
        if arg != 2 && arg != 3 {
            return Err(
                PyErr::bad_bytecode("invalid argument to DUP_TOPX (bytecode corruption?)").into(),
            );
        }
        let n = arg as usize;
        if f.stack.len() < n {
            return Err(super::stack_underflow().into());
        }
        let copies = f.stack[f.stack.len() - n..].to_vec();
        self.stack_extend::<T>(f, copies);
        Ok(())
    }

    fn op_unary(&mut self, f: &mut Frame, op: UnaryOp) -> OpResult {
        let v = top(f, 1)?.clone();
        let r = self.unary_op(op, &v);
        set_top_result(f, r)
    }

    fn op_unary_not<T: TraceMode>(&mut self, f: &mut Frame) -> OpResult {
        let v = top(f, 1)?.clone();
        match self.is_true(&v) {
            Ok(truth) => Ok(set_top(f, 1, new_bool(!truth))?),
            Err(e) => {
                self.stack_drop::<T>(f, 1)?;
                Err(e.into())
            }
        }
    }

    fn op_binary<T: TraceMode>(&mut self, f: &mut Frame, op: BinOp, inplace: bool) -> OpResult {
        let w = self.pop::<T>(f)?;
        let v = top(f, 1)?.clone();
        let r = if inplace {
            self.inplace_op(op, &v, &w)
        } else {
            self.binary_op(op, &v, &w)
        };
        drop(v);
        set_top_result(f, r)
    }

    /// The bounds `SLICE+n` and `STORE_SLICE+n`/`DELETE_SLICE+n` pop: the upper one first
    /// when `which & 2`, then the lower one when `which & 1`.
    fn pop_slice_bounds<T: TraceMode>(
        &mut self,
        f: &mut Frame,
        which: u8,
    ) -> Result<(Option<ObjRef>, Option<ObjRef>), PyErr> {
        let upper = if which & 2 != 0 {
            Some(self.pop::<T>(f)?)
        } else {
            None
        };
        let lower = if which & 1 != 0 {
            Some(self.pop::<T>(f)?)
        } else {
            None
        };
        Ok((lower, upper))
    }

    fn op_slice<T: TraceMode>(&mut self, f: &mut Frame, which: u8) -> OpResult {
        let (v, w) = self.pop_slice_bounds::<T>(f, which)?;
        let u = top(f, 1)?.clone();
        let r = self.apply_slice(&u, v.as_ref(), w.as_ref());
        set_top_result(f, r)
    }

    fn op_store_slice<T: TraceMode>(&mut self, f: &mut Frame, which: u8, store: bool) -> OpResult {
        let (v, w) = self.pop_slice_bounds::<T>(f, which)?;
        let u = self.pop::<T>(f)?;
        let value = if store { Some(self.pop::<T>(f)?) } else { None };
        Ok(self.assign_slice(&u, v.as_ref(), w.as_ref(), value)?)
    }

    fn op_raise<T: TraceMode>(&mut self, f: &mut Frame, arg: u32) -> OpResult {
        let (mut tb, mut value, mut exc) = (None, None, None);
        if arg > 3 {
            return Err(self.system_error("bad RAISE_VARARGS oparg").into());
        }
        if arg >= 3 {
            tb = Some(self.pop::<T>(f)?);
        }
        if arg >= 2 {
            value = Some(self.pop::<T>(f)?);
        }
        if arg >= 1 {
            exc = Some(self.pop::<T>(f)?);
        }
        Err(self.do_raise(exc, value, tb))
    }

    /// `SETUP_WITH`: `__exit__` replaces the context manager on the stack, `__enter__` is
    /// called, and its result is pushed inside a new with-block.
    fn op_setup_with<T: TraceMode>(&mut self, f: &mut Frame, arg: u32) -> OpResult {
        let manager = top(f, 1)?.clone();
        let exit = self.special_lookup(&manager, "__exit__")?;
        set_top(f, 1, exit)?;
        let enter = self.special_lookup(&manager, "__enter__")?;
        drop(manager);
        let x = self.call_object(&enter, &[], &[])?;
        drop(enter);
        self.block_setup(f, BlockKind::With, f.pc + arg as usize)?;
        self.push::<T>(f, x);
        Ok(())
    }

    /// `WITH_CLEANUP`: calls `__exit__` (with the exception, or three Nones), removing it from
    /// under the unwinding state; a true result for an exception suppresses it.
    fn op_with_cleanup<T: TraceMode>(&mut self, f: &mut Frame) -> OpResult {
        let u = self.pop::<T>(f)?;
        let len = f.stack.len();
        let slot = |back: usize| len.checked_sub(back).ok_or_else(super::stack_underflow);
        let (exit, args) = match &u.payload {
            Payload::None => {
                let i = slot(1)?;
                let exit = std::mem::replace(&mut f.stack[i], u.clone());
                (exit, [u.clone(), u.clone(), u.clone()])
            }
            Payload::Int(why) => {
                let exit = if *why == WHY_RETURN || *why == WHY_CONTINUE {
                    let (i, j) = (slot(2)?, slot(1)?);
                    let exit = f.stack[i].clone();
                    f.stack[i] = f.stack[j].clone();
                    f.stack[j] = u.clone();
                    exit
                } else {
                    let i = slot(1)?;
                    std::mem::replace(&mut f.stack[i], u.clone())
                };
                (exit, [objects::none(), objects::none(), objects::none()])
            }
            _ => {
                let (i3, i2, i1) = (slot(3)?, slot(2)?, slot(1)?);
                let (v, w) = (f.stack[i1].clone(), f.stack[i2].clone());
                let exit = f.stack[i3].clone();
                f.stack[i1] = u.clone();
                f.stack[i2] = v.clone();
                f.stack[i3] = w.clone();
                (exit, [u.clone(), v, w])
            }
        };
        let x = self.call_object(&exit, &args, &[])?;
        drop(exit);
        let suppress = !u.is_none() && !matches!(u.payload, Payload::Int(_)) && self.is_true(&x)?;
        if suppress {
            self.stack_drop::<T>(f, 2)?;
            set_top(f, 1, objects::none())?;
        }
        Ok(())
    }

    fn op_end_finally<T: TraceMode>(&mut self, f: &mut Frame) -> OpResult {
        let v = self.pop::<T>(f)?;
        match &v.payload {
            Payload::Int(why) => match *why {
                WHY_RETURN => Err(Why::Return(self.pop::<T>(f)?)),
                WHY_CONTINUE => {
                    let target = self.pop::<T>(f)?;
                    match target.payload {
                        Payload::Int(t) if t >= 0 => Err(Why::Continue(t as usize)),
                        _ => Err(PyErr::bad_bytecode("END_FINALLY: bad continue target").into()),
                    }
                }
                WHY_BREAK => Err(Why::Break),
                _ => Err(
                    PyErr::bad_bytecode(format!("END_FINALLY: unexpected why code {why}")).into(),
                ),
            },
            Payload::Type(_) | Payload::Str(_) => {
                let value = self.pop::<T>(f)?;
                let tb = self.pop::<T>(f)?;
                let traceback = if tb.is_none() { None } else { Some(tb) };
                Err(Why::Reraise(PyErr::Exception(Box::new(
                    crate::error::PyException {
                        exc_type: v,
                        value,
                        traceback,
                    },
                ))))
            }
            Payload::None => Ok(()),
            _ => Err(self.system_error("'finally' pops bad exception").into()),
        }
    }

    fn op_unpack_sequence<T: TraceMode>(&mut self, f: &mut Frame, n: usize) -> OpResult {
        let v = self.pop::<T>(f)?;
        let exact: Option<Vec<ObjRef>> = match &v.payload {
            Payload::Tuple(items) if items.len() == n => Some(items.to_vec()),
            Payload::List(items) if items.borrow().len() == n => Some(items.borrow().clone()),
            _ => None,
        };
        if let Some(items) = exact {
            for item in items.into_iter().rev() {
                self.push::<T>(f, item);
            }
            return Ok(());
        }
        let mut items = self.unpack_iterable(&v, n)?;
        items.reverse();
        self.stack_extend::<T>(f, items);
        Ok(())
    }

    fn op_load_name<T: TraceMode>(&mut self, f: &mut Frame, arg: u32) -> OpResult {
        let name = self.name_operand(f, arg)?;
        let Some(locals) = f.locals.clone() else {
            return Err(self.no_locals("no locals when loading", &name).into());
        };
        let found = match &locals.payload {
            Payload::Dict(_) => self.dict_get(&locals, &name)?,
            _ => match self.getitem(&locals, &name) {
                Ok(v) => Some(v),
                Err(e) if self.exception_matches(&e, &self.types.exc.key_error) => None,
                Err(e) => return Err(e.into()),
            },
        };
        let found = match found {
            Some(v) => Some(v),
            None => self.global_or_builtin(f, &name)?,
        };
        match found {
            Some(v) => {
                self.push::<T>(f, v);
                Ok(())
            }
            None => Err(self.name_not_defined(&name).into()),
        }
    }

    /// The frame's globals, then its builtins (the tail of `LOAD_NAME` and all of
    /// `LOAD_GLOBAL`).
    fn global_or_builtin(&mut self, f: &Frame, name: &ObjRef) -> Result<Option<ObjRef>, PyErr> {
        let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
        match self.dict_get(&globals, name)? {
            Some(v) => Ok(Some(v)),
            None => self.dict_get(&builtins, name),
        }
    }

    fn op_load_global<T: TraceMode>(&mut self, f: &mut Frame, arg: u32) -> OpResult {
        let name = self.name_operand(f, arg)?;
        match self.global_or_builtin(f, &name)? {
            Some(v) => {
                self.push::<T>(f, v);
                Ok(())
            }
            None => Err(self.global_not_defined(&name).into()),
        }
    }

    fn op_load_deref<T: TraceMode>(&mut self, f: &mut Frame, arg: u32) -> OpResult {
        let cell = f
            .cell(arg as usize)
            .ok_or_else(|| operand_out_of_range("cells", arg))?;
        let value = match &cell.payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => return Err(PyErr::bad_bytecode("LOAD_DEREF on a non-cell").into()),
        };
        match value {
            Some(v) => {
                self.push::<T>(f, v);
                Ok(())
            }
            None => {
                let i = arg as usize;
                let name = f.code.deref_name(i).cloned().unwrap_or_else(objects::none);
                let text =
                    String::from_utf8_lossy(name.as_str_bytes().unwrap_or(b"?")).into_owned();
                if i < f.code.cellvars.len() {
                    Err(self
                        .err(
                            &self.types.exc.unbound_local_error,
                            format!("local variable '{text}' referenced before assignment"),
                        )
                        .into())
                } else {
                    Err(self
                        .name_error(format!(
                        "free variable '{text}' referenced before assignment in enclosing scope"
                    ))
                        .into())
                }
            }
        }
    }

    fn op_build_set<T: TraceMode>(&mut self, f: &mut Frame, n: usize) -> OpResult {
        if f.stack.len() < n {
            return Err(super::stack_underflow().into());
        }
        let set = objects::PyObject::new(Payload::Set(Default::default()));
        let items = f.stack[f.stack.len() - n..].to_vec();
        let mut failed = None;
        for item in items {
            if let Err(e) = self.set_add(&set, item) {
                failed = Some(e);
                break;
            }
        }
        self.stack_drop::<T>(f, n)?;
        if let Some(e) = failed {
            return Err(e.into());
        }
        self.push::<T>(f, set);
        Ok(())
    }

    fn op_import_name<T: TraceMode>(&mut self, f: &mut Frame, arg: u32) -> OpResult {
        let name = self.name_operand(f, arg)?;
        let fromlist = self.pop::<T>(f)?;
        let level = top(f, 1)?.clone();
        let r = self.import_name(f, &name, &fromlist, &level);
        set_top_result(f, r)
    }

    fn unbound_local(&self, f: &Frame, arg: u32) -> PyErr {
        let name = f
            .code
            .varnames
            .get(arg as usize)
            .and_then(|n| n.as_str_bytes())
            .unwrap_or(b"?");
        self.err(
            &self.types.exc.unbound_local_error,
            format!(
                "local variable '{}' referenced before assignment",
                String::from_utf8_lossy(name)
            ),
        )
    }

    pub(crate) fn name_not_defined(&self, name: &ObjRef) -> PyErr {
        let text = String::from_utf8_lossy(name.as_str_bytes().unwrap_or(b"?")).into_owned();
        self.name_error(format!("name '{text}' is not defined"))
    }

    fn global_not_defined(&self, name: &ObjRef) -> PyErr {
        let text = String::from_utf8_lossy(name.as_str_bytes().unwrap_or(b"?")).into_owned();
        self.name_error(format!("global name '{text}' is not defined"))
    }

    fn no_locals(&self, what: &str, name: &ObjRef) -> PyErr {
        let text = String::from_utf8_lossy(name.as_str_bytes().unwrap_or(b"?")).into_owned();
        self.system_error(format!("{what} '{text}'"))
    }
}

/// ROT_TWO/THREE/FOUR: the top value moves down `n - 1` places (stores, no trace events).
fn rotate(f: &mut Frame, n: usize) -> OpResult {
    let len = f.stack.len();
    if len < n {
        return Err(super::stack_underflow().into());
    }
    f.stack[len - n..].rotate_right(1);
    Ok(())
}

/// An operand indexing past its table: CPython reads out of bounds there; the VM stops.
fn operand_out_of_range(table: &str, arg: u32) -> PyErr {
    PyErr::bad_bytecode(format!("operand {arg} is out of range for {table}"))
}
