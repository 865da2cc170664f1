"""Function words (English and French) that a reason never cites.

The English list is scikit-learn's ``ENGLISH_STOP_WORDS`` (BSD licence), copied because scoring
does not import scikit-learn (a test checks the copy against it); the French list is the usual
one (articles, pronouns, prepositions, conjunctions, forms of *être* and *avoir*, and of the
modal verbs *pouvoir* and *devoir*, as the English list holds can, could, must and should),
written without accents as text in matching form is. Greetings, thanks and contractions are
added: they explain nothing either.

Examples
--------
>>> "the" in FUNCTION_WORDS and "vous" in FUNCTION_WORDS and "report" not in FUNCTION_WORDS
True
>>> "could" in FUNCTION_WORDS and "pourriez" in FUNCTION_WORDS
True
"""

from __future__ import annotations

__all__ = ["ENGLISH", "EXTRA", "FRENCH", "FUNCTION_WORDS"]

ENGLISH = frozenset("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst amoungst amount an and another any anyhow anyone anything anyway
anywhere are around as at back be became because become becomes becoming been before beforehand
behind being below beside besides between beyond bill both bottom but by call can cannot cant co
con could couldnt cry de describe detail do done down due during each eg eight either eleven
else elsewhere empty enough etc even ever every everyone everything everywhere except few
fifteen fifty fill find fire first five for former formerly forty found four from front full
further get give go had has hasnt have he hence her here hereafter hereby herein hereupon hers
herself him himself his how however hundred i ie if in inc indeed interest into is it its itself
keep last latter latterly least less ltd made many may me meanwhile might mill mine more
moreover most mostly move much must my myself name namely neither never nevertheless next nine
no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out over own part per perhaps please put rather re same see
seem seemed seeming seems serious several she should show side since sincere six sixty so some
somehow someone something sometime sometimes somewhere still such system take ten than that the
their them themselves then thence there thereafter thereby therefore therein thereupon these
they thick thin third this those though three through throughout thru thus to together too top
toward towards twelve twenty two un under until up upon us very via was we well were what
whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will with within without would yet
you your yours yourself yourselves
""".split())

FRENCH = frozenset("""
a ai aie aient aies ait alors as au aucun aucune auquel aura aurai auraient aurais aurait auras
aurez auriez aurions aurons auront aussi autre autres aux auxquelles auxquels avaient avais
avait avant avec avez aviez avions avoir avons ayant ayez ayons c ca car ce ceci cela celle
celles celui cependant certain certaine certaines certains ces cet cette ceux chacun chacune
chaque chez ci comme comment d dans de des deux devrait doit donc dont du elle elles en encore
est et etaient etais etait etant ete etes etiez etions etre eu eue eues eurent eus eusse eussent
eusses eussiez eussions eut eutes eux fait faites fois font furent fus fusse fussent fusses
fussiez fussions fut futes hors ici il ils j je jusqu jusque l la laquelle le lequel les
lesquelles lesquels leur leurs lors lorsque lui m ma mais me meme memes mes moi mon moins n ne
ni non nos notre nous on ont ou par parce pas peu peut plus plusieurs pour pourquoi puis qu
quand que quel quelle quelles quels qui quoi s sa sans se sera serai seraient serais serait
seras serez seriez serions serons seront ses si sien sienne siennes siens soi soient sois soit
sommes son sont sous soyez soyons suis sur t ta te tes toi ton tous tout toute toutes tres tu un
une unes uns vers via voici voila vos votre vous y
peux pouvons pouvez peuvent pourrai pourras pourra pourrons pourrez pourront pourrais pourrait
pourrions pourriez pourraient dois devons devez doivent devrai devras devra devrons devrez
devront devrais devrions devriez devraient
""".split())

EXTRA = frozenset("""
hi hello hey dear bonjour salut cher chere greetings thanks thank regards cordialement merci im
ive id ill dont doesnt didnt isnt wasnt arent youre youve youll weve were theyre thats theres
lets
""".split())

FUNCTION_WORDS: frozenset[str] = ENGLISH | FRENCH | EXTRA
