# Standard-library modules whose bodies need no classes: their code runs traced.
import this
import opcode
print opcode.opmap['LOAD_CONST'], opcode.opname[100], opcode.HAVE_ARGUMENT
print opcode.cmp_op[2], len(opcode.hasjrel) > 0
