"""One natasha pass over a text: sentences, tokens with lemmas, entities, quotes.

``analyze_batch`` is the unit of work everything else calls (the cache, worker
processes, Dask): it takes texts and returns the four per-article tables
concatenated, with a leading ``doc`` column giving the text's position.

How it is faster than natasha's own pipeline (same results, see tests/test_speed.py):

- every text is tokenised once (razdel); NER gets those tokens instead of
  re-tokenising the text inside slovnet;
- morphology runs over the sentences of *all* texts of the batch and NER over
  the texts, sorted by length and batched by a token budget (little padding,
  few Python-level model calls); slovnet's models are padding-exact (the pad
  embedding is zero and padded positions are zeroed after every layer), so
  batching does not change a tag;
- word/shape ids, tag parsing, lemmas and token flags are memoised per word
  form, so each distinct form costs pymorphy and Python once per process;
- numpy's BLAS runs single-threaded inside a batch: the matrices are small, and
  on a busy machine BLAS threads spin and slow everything down; parallelism
  comes from ``workers=N`` processes instead.
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from natasha import Doc
from natasha.doc import (
    DocSent,
    DocSpan,
    DocToken,
    envelop_sent_spans,
    envelop_sent_tokens,
    envelop_span_tokens,
)
from razdel import sentenize, tokenize
from razdel.segmenters.tokenize import ATOM, Atom, TokenSplit
from slovnet.bio import bio_spans
from slovnet.conll import parse_conll_tag
from slovnet.exec.pad import pad_sequence
from slovnet.shape import word_shape
from threadpoolctl import threadpool_limits

from .. import tables
from ..io.text import Dateline, find_lead_dateline, fold_text, line_spans
from ..nlp.entities.article import entity_records
from ..nlp.quotes.extract import quote_records
from .models import Models, default_models
from .stopwords import stop_words

# bump when anything changes what an analysis returns: old cache entries are then ignored
PIPELINE_VERSION = "88"

# padded tokens per model call (batch size x longest sequence): ~16 MB of float32 windows
TOKEN_BUDGET = 4096
# memo tables are cleared when they grow past this many word forms (flat memory)
MEMO_LIMIT = 300_000


@dataclass
class Analysis:
    """One article's tables (no ``article_id`` column)."""

    sentences: pd.DataFrame
    tokens: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame


def is_punct(text: str) -> bool:
    """True for tokens made only of punctuation and symbols ("«", "—", "...")."""
    return all(unicodedata.category(char)[0] in "PS" for char in text)


def natasha_doc(text: str, models: Models) -> Doc:
    """Segment, tag morphology, lemmatise and tag NER: natasha's own pipeline, one text.

    The straightforward reference the batched path (``natasha_docs``) must match.
    """
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.sents = line_sents(text, doc.sents)  # cut at line breaks, as ``segment`` does
    envelop_sent_tokens(doc.tokens, doc.sents)
    doc.tag_morph(models.morph_tagger)
    for token in doc.tokens:
        token.lemmatize(models.morph_vocab)
    doc.tag_ner(models.ner_tagger)
    return doc


# --- memo tables (one set per Models, kept for the life of the process) ----------------


@dataclass
class Memo:
    """Per-word-form results that never change for a given set of models."""

    models: Models  # keeps the models alive so the id used as key is never reused
    morph_ids: dict = field(default_factory=dict)  # word -> (word_id, shape_id)
    ner_ids: dict = field(default_factory=dict)
    tags: dict = field(default_factory=dict)  # conll tag -> (pos, feats)
    lemmas: dict = field(default_factory=dict)  # (word, tag) -> lemma
    flags: dict = field(default_factory=dict)  # (word, lemma) -> (folded lemma, punct, stop)

    def trim(self) -> None:
        for table in (self.morph_ids, self.ner_ids, self.tags, self.lemmas, self.flags):
            if len(table) > MEMO_LIMIT:
                table.clear()


_MEMOS: dict[int, Memo] = {}


def memo_for(models: Models) -> Memo:
    memo = _MEMOS.get(id(models))
    if memo is None or memo.models is not models:
        memo = _MEMOS[id(models)] = Memo(models)
    return memo


# --- batched natasha ------------------------------------------------------------------


def segment(text: str) -> Doc:
    """Tokens and sentences of one text (razdel, once), as natasha's ``Doc.segment``; a
    sentence is also cut at line breaks (``line_spans``: a headline is tagged on its own)."""
    doc = Doc(text)
    doc.tokens = [DocToken(start, stop, token) for start, stop, token in razdel_tokens(text)]
    doc.sents = line_sents(text, semicolons_joined(text, sentenize(text)))
    envelop_sent_tokens(doc.tokens, doc.sents)
    return doc


def semicolons_joined(text: str, sents) -> list[DocSent]:
    """``sents`` with a sentence that ends in a semicolon joined to the next: razdel cuts
    after `;` before a capital, but in Russian a semicolon ends no sentence (`в Розенхайме
    (Бавария; Германия) в кругу семьи, сообщила X` is one)."""
    out: list[DocSent] = []
    for s in sents:
        if out and text[out[-1].start : out[-1].stop].rstrip().endswith(";"):
            out[-1] = DocSent(out[-1].start, s.stop, text[out[-1].start : s.stop])
        else:
            out.append(DocSent(s.start, s.stop, text[s.start : s.stop]))
    return out


def line_sents(text: str, sents) -> list[DocSent]:
    """``sents`` (anything with ``start``/``stop``) cut at line breaks (``line_spans``)."""
    return [DocSent(a, b, text[a:b]) for s in sents for a, b in line_spans(text, s.start, s.stop)]


def razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    """``razdel.tokenize(text)`` as (start, stop, text) triples: the same tokens, cheaper.

    razdel cuts the text into atoms (runs of letters or digits, single other
    characters) and asks its rules whether to join two atoms only when nothing
    separates them; but it builds a ``TokenSplit`` for every pair of atoms and finds
    each token in the text again. Here a split is built only where the rules are
    asked, and offsets come from the atoms; the rules and the atoms are razdel's own.
    """
    atoms = [Atom(m.start(), m.end(), m.lastgroup, m.group(0)) for m in ATOM.finditer(text)]
    if not atoms:
        return []
    window = tokenize.split.window
    tokens = []
    start, buffer = atoms[0].start, atoms[0].text
    for index in range(1, len(atoms)):
        atom = atoms[index]
        if atoms[index - 1].stop == atom.start:  # no delimiter: the rules decide
            split = TokenSplit(
                atoms[max(0, index - window) : index], "", atoms[index : index + window]
            )
            split.buffer = buffer
            if tokenize.join(split):
                buffer += atom.text
                continue
        tokens.append((start, start + len(buffer), buffer))
        start, buffer = atom.start, atom.text
    tokens.append((start, start + len(buffer), buffer))
    return tokens


def encode(words: Sequence[str], encoder, ids: dict) -> tuple[list[int], list[int]]:
    """slovnet's word and shape ids of ``words``, memoised per word."""
    word_ids, shape_ids = [], []
    for word in words:
        pair = ids.get(word)
        if pair is None:
            pair = ids[word] = (
                encoder.words_vocab.encode(word.lower()),
                encoder.shapes_vocab.encode(word_shape(word)),
            )
        word_ids.append(pair[0])
        shape_ids.append(pair[1])
    return word_ids, shape_ids


def budget_batches(lengths: Sequence[int], budget: int = TOKEN_BUDGET) -> list[list[int]]:
    """Indices sorted by length, grouped so that batch size x longest length <= budget."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    batches: list[list[int]] = []
    current: list[int] = []
    for index in order:
        if current and (len(current) + 1) * lengths[index] > budget:
            batches.append(current)
            current = []
        current.append(index)
    if current:
        batches.append(current)
    return batches


def tag_forward(model, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray):
    """slovnet's CNN tagger (``model(word_id, shape_id, pad_mask)``), channels-last.

    The same arithmetic as slovnet's ``Tag.__call__`` (the same embedding rows, the same
    convolution windows in the same order, the same matrix products, the same
    element-wise ops in the same order), so the output is bit-identical; but cheaper:
    each distinct word's embedding is looked up once per batch, the windows are copied
    from contiguous rows one kernel position at a time, and the element-wise ops run in
    place instead of allocating a temporary array each.
    """
    x = embed(model.emb, word_id, shape_id)  # batch x seq x features
    for layer in model.encoder.layers:
        conv, norm = layer.conv, layer.norm
        filters, features, kernel = conv.weight.shape
        windows = conv_windows(x, conv.padding, kernel)
        weight = conv.weight.array.reshape(filters, features * kernel)
        x = np.matmul(windows, weight.T)
        x += conv.bias.array
        x = x.reshape(len(word_id), -1, filters)
        np.clip(x, 0, None, out=x)
        x -= norm.mean.array
        x /= norm.std.array
        x *= norm.weight.array
        x += norm.bias.array
        x[pad_mask] = 0
    return model.head(x)


def embed(emb, word_id: np.ndarray, shape_id: np.ndarray) -> np.ndarray:
    """slovnet's ``WordShapeEmbedding`` (navec word vectors + shape vectors), each distinct
    word id looked up once (a padded batch repeats words and the pad id a lot)."""
    ids, inverse = np.unique(word_id, return_inverse=True)
    word = emb.word(ids)[inverse.reshape(word_id.shape)]
    return np.concatenate((word, emb.shape(shape_id)), axis=-1)


def conv_windows(x: np.ndarray, padding: int, kernel: int) -> np.ndarray:
    """The convolution windows of ``x`` (batch x seq x features) zero-padded on both sides:
    rows (batch * windows) x (features * kernel), ``[.., f * kernel + k]`` = position ``k``
    of the window, feature ``f`` (slovnet's layout)."""
    batch, length, features = x.shape
    count = length + 2 * padding - kernel + 1
    windows = np.zeros((batch, count, features, kernel), dtype=x.dtype)
    for k in range(kernel):
        # window i at kernel position k reads row i + k - padding of x (zero outside)
        low, high = max(0, padding - k), min(count, length + padding - k)
        if high > low:
            windows[:, low:high, :, k] = x[:, low + k - padding : high + k - padding, :]
    return windows.reshape(batch * count, features * kernel)


def run_tagger(
    sequences: Sequence[Sequence[str]], infer, ids: dict, decode
) -> list[list[str] | None]:
    """Tag word sequences with a slovnet ``infer`` (model + encoder + decoder), batched.

    ``decode(pred, mask)`` turns the model output into per-sequence tag-id arrays.
    Empty sequences get ``None``.
    """
    out: list[list[str] | None] = [None] * len(sequences)
    encoder, tags_vocab = infer.encoder, infer.decoder.tags_vocab
    encoded = [encode(words, encoder, ids) for words in sequences]
    lengths = [len(words) for words in sequences]
    for batch in budget_batches(lengths):
        batch = [index for index in batch if lengths[index]]
        if not batch:
            continue
        word_id = pad_sequence([np.array(encoded[i][0]) for i in batch], encoder.words_vocab.pad_id)
        shape_id = pad_sequence(
            [np.array(encoded[i][1]) for i in batch], encoder.shapes_vocab.pad_id
        )
        pad_mask = word_id == encoder.words_vocab.pad_id
        pred = tag_forward(infer.model, word_id, shape_id, pad_mask)
        for index, tag_ids in zip(batch, decode(infer.model, pred, ~pad_mask), strict=True):
            out[index] = [tags_vocab.items[tag] for tag in tag_ids.tolist()]
    return out


def _decode_morph(model, pred, mask):
    ids = model.head.decode(pred)
    return [row[:size] for row, size in zip(ids, mask.sum(-1), strict=True)]


def _decode_ner(model, pred, mask):
    return crf_decode(model.head.crf.transitions.array, pred, mask)


def crf_decode(transitions: np.ndarray, emissions: np.ndarray, mask: np.ndarray) -> list:
    """Viterbi decoding as slovnet's ``CRF.decode``: the same tag ids.

    The same sums in the same order; the best score of each step is taken with
    ``max`` (the very value ``argmax`` points at) instead of an index grid, and the
    path is traced back over Python ints instead of numpy scalars.
    """
    batch_size, seq_len, tags_num = emissions.shape
    emissions = emissions.swapaxes(1, 0)
    mask = mask.swapaxes(1, 0)
    history = []
    score = emissions[0]  # batch x tags
    for index in range(1, seq_len):
        scores = score.reshape(batch_size, tags_num, 1) + transitions + emissions[index][:, None]
        history.append(scores.argmax(-2))
        score = np.where(mask[index][:, None], scores.max(-2), score)
    sizes = (mask.sum(0) - 1).tolist()
    steps = np.stack(history, axis=1).tolist() if history else [[] for _ in range(batch_size)]
    best_last = score.argmax(-1).tolist()
    batch = []
    for index in range(batch_size):
        best = best_last[index]
        tags = [best]
        for indexes in reversed(steps[index][: sizes[index]]):
            best = indexes[best]
            tags.append(best)
        tags.reverse()
        batch.append(np.array(tags))
    return batch


def tag_morph(docs: list[Doc], models: Models, memo: Memo) -> None:
    """Morphology for every sentence of every doc in one batched pass; then lemmas."""
    sents = [sent for doc in docs for sent in doc.sents]
    words = [[token.text for token in sent.tokens] for sent in sents]
    infer = models.morph_tagger.infer
    tag_lists = run_tagger(words, infer, memo.morph_ids, _decode_morph)
    vocab, parsed, lemmas = models.morph_vocab, memo.tags, memo.lemmas
    for sent, tags in zip(sents, tag_lists, strict=True):
        for token, tag in zip(sent.tokens, tags or (), strict=True):
            pos_feats = parsed.get(tag)
            if pos_feats is None:
                pos_feats = parsed[tag] = parse_conll_tag(tag)
            token.pos, feats = pos_feats
            token.feats = dict(feats)
            key = (token.text, tag)
            lemma = lemmas.get(key)
            if lemma is None:
                lemma = lemmas[key] = vocab.lemmatize(token.text, token.pos, token.feats)
            token.lemma = lemma


def tag_ner(docs: list[Doc], models: Models, memo: Memo) -> None:
    """NER over whole texts (as natasha does), batched, on the tokens already there."""
    words = [[token.text for token in doc.tokens] if doc.text.strip() else [] for doc in docs]
    tag_lists = run_tagger(words, models.ner_tagger.infer, memo.ner_ids, _decode_ner)
    for doc, tags in zip(docs, tag_lists, strict=True):
        doc.spans = [
            DocSpan(span.start, span.stop, span.type, doc.text[span.start : span.stop])
            for span in bio_spans(doc.tokens, tags or ())
        ]
        envelop_span_tokens(doc.tokens, doc.spans)
        envelop_sent_spans(doc.spans, doc.sents)


def natasha_docs(texts: Sequence[str], models: Models) -> list[Doc]:
    """``natasha_doc`` for many texts at once: the same Docs, built in batched passes."""
    memo = memo_for(models)
    memo.trim()
    docs = [segment(text) for text in texts]
    with threadpool_limits(limits=1, user_api="blas"):
        tag_morph(docs, models, memo)
        tag_ner(docs, models, memo)
    return docs


# --- per-article records ----------------------------------------------------------------


def sentence_records(doc: Doc) -> dict[str, list]:
    sents = doc.sents
    return {
        "sent_id": list(range(len(sents))),
        "start": [s.start for s in sents],
        "stop": [s.stop for s in sents],
        "text": [s.text for s in sents],
    }


def token_flags(text: str, lemma: str | None, stops: frozenset[str]) -> tuple[str, bool, bool]:
    """(folded lemma, is_punct, is stop word) of one token (the dateline aside)."""
    folded = fold_text(lemma or text)
    return folded, is_punct(text), folded in stops or fold_text(text) in stops


def token_records(doc: Doc, dateline: Dateline | None, flags: dict | None = None) -> dict:
    stops = stop_words()
    flags = {} if flags is None else flags
    columns: dict[str, list] = {name: [] for name in tables.without_article(tables.TOKENS)}
    (sent_ids, token_ids, starts, stops_, texts, lemmas, poses, is_stop, is_punct_) = (
        columns[name]
        for name in (
            "sent_id",
            "token_id",
            "start",
            "stop",
            "text",
            "lemma",
            "pos",
            "is_stop",
            "is_punct",
        )
    )
    token_id = 0
    for sent_id, sent in enumerate(doc.sents):
        for token in sent.tokens:
            key = (token.text, token.lemma)
            flag = flags.get(key)
            if flag is None:
                flag = flags[key] = token_flags(token.text, token.lemma, stops)
            lemma, symbol, stop = flag
            punct = token.pos == "PUNCT" or symbol
            sent_ids.append(sent_id)
            token_ids.append(token_id)
            starts.append(token.start)
            stops_.append(token.stop)
            texts.append(token.text)
            lemmas.append(lemma)
            poses.append(token.pos)
            is_stop.append(
                (stop or (dateline is not None and dateline.covers(token.start))) and not punct
            )
            is_punct_.append(punct)
            token_id += 1
    return columns


def doc_records(doc: Doc, models: Models) -> dict[str, dict]:
    """The four tables of one analysed Doc, as columns (lists); the hooks run here."""
    dateline = find_lead_dateline(doc.text)
    entities = entity_records(doc.text, doc, dateline, models)
    return {
        "sentences": sentence_records(doc),
        "tokens": token_records(doc, dateline, memo_for(models).flags),
        "entities": entities,
        "quotes": quote_records(doc.text, doc, entities, models),
    }


# Docs already built by the batched pass, by text, for ``analyze_doc`` to pick up
_PREPARED: ContextVar[dict[str, Doc] | None] = ContextVar("prepared_docs", default=None)


def analyze_doc(text: str, models: Models) -> dict[str, dict[str, list]]:
    """The four tables of one text, as columns (lists): the per-text unit of work.

    Inside ``analyze_batch`` the Doc comes from the batched natasha pass; called on
    its own it runs natasha's plain pipeline (``natasha_doc``).
    """
    prepared = _PREPARED.get()
    doc = prepared.get(text) if prepared else None
    return doc_records(doc if doc is not None else natasha_doc(text, models), models)


def analyze_batch(
    texts: Sequence[str], models: Models | None = None, *, batched: bool = True
) -> dict[str, pd.DataFrame]:
    """Analyse texts; each table gets a leading ``doc`` column (index into ``texts``).

    ``batched=False`` runs natasha's plain one-text-at-a-time pipeline (the
    reference the tests compare against); the default batched pass gives the same tables.
    """
    models = models or default_models()
    with frozen_heap():
        prepared = dict(zip(texts, natasha_docs(texts, models), strict=True)) if batched else {}
        collected = {name: Columns(name) for name in tables.TABLES}
        token = _PREPARED.set(prepared)
        try:
            for position, text in enumerate(texts):
                for name, columns in analyze_doc(text, models).items():
                    collected[name].add(position, columns)
        finally:
            _PREPARED.reset(token)
        return {name: columns.frame() for name, columns in collected.items()}


# set in a worker process forked from a parent that froze its heap (``runners``);
# there ``gc.get_freeze_count`` would walk every frozen object, ~0.1 s per batch
HEAP_FROZEN_BY_PARENT = False


def freeze_worker_heap() -> None:
    """In a worker forked from a frozen parent: also set aside what the worker built.

    The worker's own memo tables grow batch by batch; left in the collector's passes
    they cost a worker ~15% more CPU than one process doing the same articles. The
    previous batch's cyclic garbage is collected first (only the worker's unfrozen
    objects are walked), then everything alive is frozen for good: the worker is a
    dedicated process, so nothing needs handing back.
    """
    gc.collect()
    gc.freeze()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the objects that exist already out of the garbage collector's passes.

    A batch allocates millions of short-lived objects, so Python's cyclic collector
    runs hundreds of times; its full passes also walk everything already in memory
    (the models, the memo tables, the caller's data: ~0.5 million objects), which
    cost ~9% of a run. ``gc.freeze`` sets those aside for the duration (new garbage
    is still collected) and ``gc.unfreeze`` hands them back afterwards. Nothing is
    done when the collector is off or something else froze the heap already; in a
    worker forked by ``workers=N`` (the parent froze its heap before forking) the
    worker's own objects are frozen too (``freeze_worker_heap``).
    """
    if HEAP_FROZEN_BY_PARENT and gc.isenabled():
        freeze_worker_heap()
        yield
        return
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class Columns:
    """Per-article column lists of one table, gathered into one frame at the end."""

    def __init__(self, name: str):
        self.name = name
        self.spec = batch_spec(name)
        self.data: dict[str, list] = {column: [] for column in self.spec}

    def add(self, position: int, columns: dict[str, list]) -> None:
        sizes = {len(values) for name, values in columns.items() if name in self.spec}
        if len(sizes) > 1:
            raise ValueError(f"{self.name}: columns of unequal length {sorted(sizes)}")
        size = sizes.pop() if sizes else 0
        if not size:
            return
        missing = [name for name in self.spec if name != "doc" and name not in columns]
        if missing:
            raise ValueError(f"{self.name}: the per-article records lack columns {missing}")
        self.data["doc"].extend([position] * size)
        for name in self.spec:
            if name != "doc":
                self.data[name].extend(columns[name])

    def frame(self) -> pd.DataFrame:
        return tables.make_frame(self.data, self.spec)


def batch_spec(name: str) -> dict[str, object]:
    return {"doc": "int64", **tables.without_article(tables.TABLES[name])}


def analyze_text(text: str, models: Models | None = None) -> Analysis:
    """All four tables for one text (offsets into ``text``).

    >>> analyze_text("Сергей Шойгу посетил Казахстан.").entities["name"].tolist()
    ['Сергей Шойгу', 'Казахстан']
    """
    batch = analyze_batch([text], models)
    return Analysis(**{name: frame.drop(columns="doc") for name, frame in batch.items()})


def extract_entities(text: str, models: Models | None = None) -> pd.DataFrame:
    """Entity mentions of one text: ``start, stop, type, text, name, in_dateline``."""
    return analyze_text(text, models).entities


def extract_quotes(text: str, models: Models | None = None) -> pd.DataFrame:
    """Quotes of one text: ``start, stop, kind, text, speaker, speaker_start, speaker_stop, cue``."""
    return analyze_text(text, models).quotes
