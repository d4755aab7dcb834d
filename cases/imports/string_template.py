# string imports re and compiles Template's pattern (through a metaclass) at import;
# substitute, safe_substitute, the $$ escape, a missing key and a bad placeholder.
import string
from string import Template

t = Template("$who likes ${what}; $$5 please")
print t.substitute(who="tim", what="kung pao")
print t.substitute({"who": "ann", "what": "tea"})
print t.safe_substitute(who="bob")
try:
    t.substitute(who="x")
except KeyError as e:
    print "KeyError", e
try:
    Template("cost: $").substitute()
except ValueError as e:
    print "ValueError", e
print string.capwords("hello   big world"), string.letters[:3], string.maketrans("ab", "xy")[97:99]
