"""Entity mentions with canonical names: one row per mention.

Per article (``article.entity_records``, cached with the analysis), in this order:

* ``mentions``: natasha's NER spans cut and named, role words and legal forms dropped,
  dateline mentions flagged;
* ``orgs``: abbreviations of common words dropped; an ORG takes the place after it,
  descriptor nouns make organisations (``правительства США``, ``японского МИДа``);
* ``people``: short forms of a person take the full name of the article;
* ``aliases``: the shipped alias table (``РФ`` -> ``Россия``);
* ``variants``: variant names of one organisation or place share a name;
* ``repeats``: further occurrences of the recognised names are mentions too;
* ``orgs``: craft in quotes (``корабля «Союз»``) dropped.

Per corpus (``resolve.resolve_corpus``): the alias table with the user's rows, one
spelling per name, surnames across articles. ``names`` puts a span in the nominative;
``lexicon`` reads the word lists (``data/roles.txt``, ``data/entity_*.txt``). Counts are in
``helpers.stats.entities``, highlighting in ``helpers.viz.highlight``.
"""
