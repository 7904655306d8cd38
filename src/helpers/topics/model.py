"""Topic models on lemmas: NMF, LDA and k-means clusters of navec article vectors.

All three methods share one vocabulary (content lemmas, optional bigrams) and the
same output frames, so their quality can be compared side by side
(``topics.quality``). Paragraphs as units when articles are few: ``topics.units``;
typical articles and topic shares over time and sources: ``topics.shares``. Everything is offline and reproducible: the same
``random_state`` on the same corpus gives identical topics.

>>> model = TopicModel(n_topics=10, method="nmf").fit(corpus)  # doctest: +SKIP
>>> model.labels().head(2)                                      # doctest: +SKIP
   topic                    label
0      0  матч · команда · сборная
1      1     выборы · партия · голос
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from .. import tables
from ..store.corpus import Corpus

FLOAT = "float64"
TOPIC_WEIGHTS = {"article_id": tables.STRING, "topic": tables.INT, "weight": FLOAT}
TOPIC_TERMS = {"topic": tables.INT, "rank": tables.INT, "term": tables.STRING, "weight": FLOAT}
TOPIC_LABELS = {"topic": tables.INT, "label": tables.STRING}

METHODS = ("nmf", "lda", "navec")
# below this many documents no method gives topics worth reading
MIN_DOCUMENTS = 5
# what to recommend: about this many articles per topic
ARTICLES_PER_TOPIC = 10
LABEL_TERMS = 3
LABEL_SEPARATOR = " · "
BIGRAM_JOINER = " "
NOT_TERM_POS = frozenset({"NUM", "PUNCT", "SYM", "X"})
HAS_LETTER = re.compile(r"[^\W\d_]")
HAS_DIGIT = re.compile(r"\d")


class TooFewDocuments(ValueError):
    """Raised when a topic model is asked to fit too few articles."""


# --- documents: the terms of each article --------------------------------------------


def term_tokens(tokens: pd.DataFrame) -> pd.Series:
    """Mask of tokens whose lemma is a topic term: no stop word, punctuation or number."""
    if not len(tokens):
        return np.zeros(0, dtype=bool)
    lemma = tokens["lemma"].astype(str)
    return (
        ~tokens["is_stop"].astype(bool)
        & ~tokens["is_punct"].astype(bool)
        & ~tokens["pos"].astype(str).isin(NOT_TERM_POS)
        & lemma.str.contains(HAS_LETTER)
        & ~lemma.str.contains(HAS_DIGIT)
        & (lemma.str.len() > 1)
    ).to_numpy()


def documents(corpus: Corpus, bigrams: bool = False) -> pd.Series:
    """Each article's topic terms (lemmas; with ``bigrams`` also "лемма лемма" pairs).

    Returns a Series of term lists indexed by ``article_id``, in the order of
    ``corpus.articles``. A bigram joins two terms that stand side by side in a
    sentence (no stop word or punctuation between them).

    >>> documents(corpus).iloc[0][:3]  # doctest: +SKIP
    ['министр', 'оборона', 'шойгу']
    """
    ids = corpus.articles["article_id"].astype(str).tolist()
    tokens = corpus.tokens
    keep = term_tokens(tokens)
    terms = tokens.loc[keep, ["article_id", "sent_id", "token_id", "lemma"]].astype(
        {"article_id": str, "lemma": str}
    )
    per_article = terms.groupby("article_id", sort=False)["lemma"].agg(list)
    if bigrams and len(terms):
        previous = terms.shift(1)
        adjacent = (
            (terms["article_id"] == previous["article_id"])
            & (terms["sent_id"] == previous["sent_id"])
            & (terms["token_id"] == previous["token_id"] + 1)
        )
        pairs = terms.loc[adjacent, ["article_id"]].assign(
            lemma=previous.loc[adjacent, "lemma"] + BIGRAM_JOINER + terms.loc[adjacent, "lemma"]
        )
        per_pair = pairs.groupby("article_id", sort=False)["lemma"].agg(list).to_dict()
        per_article = pd.Series(
            {key: value + per_pair.get(key, []) for key, value in per_article.items()},
            dtype=object,
        )
    out = per_article.reindex(ids)
    return pd.Series(
        [value if isinstance(value, list) else [] for value in out],
        index=pd.Index(ids, name="article_id"),
        name="terms",
        dtype=object,
    )


def _terms_of(document: list[str]) -> list[str]:
    """The analyzer of the vectorizers: documents are already term lists."""
    return document


def too_few_message(n_documents: int, n_topics: int | None = None, unit: str = "articles") -> str:
    wanted = max(MIN_DOCUMENTS, ARTICLES_PER_TOPIC * (n_topics or 2))
    return (
        f"a topic model needs more {unit}: got {n_documents} with any content words, "
        f"need at least {max(MIN_DOCUMENTS, 2 * (n_topics or 2))} "
        f"(about {ARTICLES_PER_TOPIC} per topic, so {wanted}+ for {n_topics or 2} topics; "
        "a few hundred articles give the most readable topics). Load more articles, ask for "
        "fewer topics, or model paragraphs instead: helpers.topic_units(corpus)."
    )


# --- the model --------------------------------------------------------------------


@dataclass
class TopicModel:
    """Topics of a corpus, scikit-learn style: ``TopicModel(n_topics=10).fit(corpus)``.

    ``method``: "nmf" (TF-IDF + non-negative matrix factorisation, NNDSVDa
    start from a randomized SVD seeded by ``random_state``), "lda" (counts + latent Dirichlet allocation), or "navec"
    (TF-IDF weighted mean of navec vectors of the lemmas, k-means clusters,
    topics described by class-based TF-IDF of each cluster's articles).
    Terms are lemmas without stop words, punctuation and numbers, kept when in
    at least ``min_df`` and at most ``max_df`` of the articles (ints: counts,
    floats: shares, as in scikit-learn); ``bigrams`` adds adjacent lemma pairs.
    ``max_iter`` bounds NMF's iterations (LDA's at most 50 passes); ``n_init``
    is the number of k-means restarts; ``embedding`` a navec ``Navec`` (default:
    ``default_models().embedding``).

    Learned attributes: ``vocabulary_`` (terms), ``components_`` (topic x term
    weights), ``doc_topic_`` (article x topic weights; rows sum to 1, one-hot
    for "navec"), ``article_ids_``, ``topic_labels_``; for "navec" also
    ``labels_`` (cluster of each article) and ``similarity_`` (cosine of each
    article to its cluster centre). Topics are numbered by size, 0 the largest.
    """

    n_topics: int = 10
    method: str = "nmf"
    random_state: int = 0
    min_df: int | float = 2
    max_df: int | float = 0.5
    bigrams: bool = False
    max_iter: int = 400
    n_init: int = 10
    embedding: object | None = None

    # --- fitting -------------------------------------------------------------------

    def fit(self, corpus: Corpus) -> TopicModel:
        """Learn the topics of ``corpus`` (a ``helpers.analyze`` result); returns self."""
        return self.fit_documents(documents(corpus, self.bigrams))

    def fit_documents(self, docs: pd.Series) -> TopicModel:
        """Learn topics from term lists indexed by article id (see ``documents``)."""
        self._check_params()
        docs = docs[docs.map(len) > 0]
        if len(docs) < max(MIN_DOCUMENTS, 2 * self.n_topics):
            raise TooFewDocuments(too_few_message(len(docs), self.n_topics))
        counts, vocabulary = self._count(docs)
        kept = np.asarray(counts.sum(axis=1)).ravel() > 0
        counts, docs = counts[kept], docs[kept]
        if counts.shape[0] < max(MIN_DOCUMENTS, 2 * self.n_topics):
            raise TooFewDocuments(too_few_message(counts.shape[0], self.n_topics))
        self.vocabulary_ = vocabulary
        self.article_ids_ = np.asarray(docs.index, dtype=object)
        self.idf_ = idf(counts)
        fit = {"nmf": self._fit_nmf, "lda": self._fit_lda, "navec": self._fit_navec}[self.method]
        components, doc_topic = fit(counts)
        order = np.lexsort((np.arange(self.n_topics), -doc_topic.sum(axis=0)))
        self._order = order
        self.components_ = components[order]
        self.doc_topic_ = doc_topic[:, order]
        if self.method == "navec":
            self.cluster_centers_ = self.cluster_centers_[order]
            self.labels_ = np.argsort(order)[self.labels_]
            rows = np.arange(len(self.labels_))
            self.similarity_ = cosine(self._vectors, self.cluster_centers_)[rows, self.labels_]
        self.topic_labels_ = make_labels(self.components_, self.vocabulary_)
        return self

    def _check_params(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, got {self.method!r}")
        if not isinstance(self.n_topics, int | np.integer) or self.n_topics < 2:
            raise ValueError(f"n_topics must be an int >= 2, got {self.n_topics!r}")

    def _count(self, docs: pd.Series) -> tuple[sparse.csr_matrix, np.ndarray]:
        from sklearn.feature_extraction.text import CountVectorizer

        vectorizer = CountVectorizer(
            analyzer=_terms_of, min_df=self.min_df, max_df=self.max_df, lowercase=False
        )
        try:
            counts = vectorizer.fit_transform(docs.tolist())
        except ValueError as error:  # min_df/max_df leave nothing
            raise TooFewDocuments(
                f"no terms left with min_df={self.min_df}, max_df={self.max_df} on "
                f"{len(docs)} documents ({error}); lower min_df or raise max_df, or load more "
                "articles"
            ) from error
        self._vectorizer = vectorizer
        return counts.tocsr().astype(FLOAT), vectorizer.get_feature_names_out().astype(object)

    def _fit_nmf(self, counts):
        from sklearn.decomposition import NMF

        nmf = NMF(
            n_components=self.n_topics,
            init="nndsvda",
            random_state=self.random_state,
            max_iter=self.max_iter,
        )
        doc_topic = nmf.fit_transform(tfidf(counts, self.idf_))
        self._estimator = nmf
        return nmf.components_, row_normalize(doc_topic)

    def _fit_lda(self, counts):
        from sklearn.decomposition import LatentDirichletAllocation

        lda = LatentDirichletAllocation(
            n_components=self.n_topics,
            learning_method="batch",
            max_iter=min(self.max_iter, 50),
            random_state=self.random_state,
        )
        doc_topic = lda.fit_transform(counts)
        self._estimator = lda
        return row_normalize(lda.components_), row_normalize(doc_topic)

    def _fit_navec(self, counts):
        from sklearn.cluster import KMeans

        self.term_vectors_ = term_vectors(self.vocabulary_, self._embedding())
        vectors = article_vectors(tfidf(counts, self.idf_), self.term_vectors_)
        self._vectors = vectors
        kmeans = KMeans(
            n_clusters=self.n_topics, n_init=self.n_init, random_state=self.random_state
        )
        self.labels_ = kmeans.fit_predict(vectors)
        self.cluster_centers_ = kmeans.cluster_centers_
        self._estimator = kmeans
        doc_topic = np.eye(self.n_topics)[self.labels_]
        return class_tfidf(counts, self.labels_, self.n_topics), doc_topic

    def _embedding(self):
        if self.embedding is None:
            from ..pipeline.models import default_models

            self.embedding = default_models().embedding
        return self.embedding

    # --- using a fitted model --------------------------------------------------------

    def _check_fitted(self) -> None:
        if not hasattr(self, "components_"):
            raise ValueError("this TopicModel is not fitted yet: call model.fit(corpus) first")

    def weights(self, docs: pd.Series) -> np.ndarray:
        """Article x topic weight matrix for term lists (rows sum to 1, or 0 if no known term)."""
        self._check_fitted()
        counts = self._vectorizer.transform(docs.tolist()).astype(FLOAT)
        if self.method == "nmf":
            weights = self._estimator.transform(tfidf(counts, self.idf_))
        elif self.method == "lda":
            weights = self._estimator.transform(counts)
            weights[np.asarray(counts.sum(axis=1)).ravel() == 0] = 0
        else:
            vectors = article_vectors(tfidf(counts, self.idf_), self.term_vectors_)
            nearest = cosine(vectors, self.cluster_centers_).argmax(axis=1)
            weights = np.eye(self.n_topics)[nearest]
            weights[np.linalg.norm(vectors, axis=1) == 0] = 0
        if self.method != "navec":
            weights = weights[:, self._order]
        return row_normalize(weights)

    def transform(self, corpus: Corpus) -> pd.DataFrame:
        """Topic weights of each article: ``article_id, topic, weight`` (weight > 0 only).

        Weights of an article sum to 1 (for "navec": 1 for its cluster).

        >>> model.transform(corpus).head(1)  # doctest: +SKIP
          article_id  topic  weight
        0       tass      2    0.71
        """
        docs = documents(corpus, self.bigrams)
        return weights_frame(docs.index, self.weights(docs))

    def topic_terms(self, top_n: int = 10) -> pd.DataFrame:
        """Each topic's ``top_n`` terms: ``topic, rank, term, weight`` (rank 1 first).

        >>> model.topic_terms(3).head(3)  # doctest: +SKIP
           topic  rank     term  weight
        0      0     1     матч   0.42
        """
        self._check_fitted()
        return terms_frame(self.components_, self.vocabulary_, top_n)

    def top_terms(self, top_n: int = 10) -> list[list[str]]:
        """Each topic's ``top_n`` terms as lists (for the quality measures)."""
        self._check_fitted()
        return top_term_lists(self.components_, self.vocabulary_, top_n)

    def labels(self) -> pd.DataFrame:
        """Short automatic labels: ``topic, label`` (top lemmas/bigrams joined by " · ")."""
        self._check_fitted()
        return tables.make_frame(
            {"topic": range(self.n_topics), "label": self.topic_labels_}, TOPIC_LABELS
        )


# --- numerical pieces ----------------------------------------------------------------


def idf(counts: sparse.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency, as scikit-learn's TfidfTransformer."""
    n = counts.shape[0]
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    return np.log((1 + n) / (1 + df)) + 1


def tfidf(counts: sparse.csr_matrix, weights: np.ndarray) -> sparse.csr_matrix:
    """Sublinear TF-IDF rows, L2-normalised."""
    out = counts.copy().tocsr()
    out.data = 1 + np.log(out.data)
    out = out.multiply(weights[None, :]).tocsr()
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.diags(1 / norms) @ out


def row_normalize(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=FLOAT)
    sums = matrix.sum(axis=1, keepdims=True)
    sums[sums == 0] = 1
    return matrix / sums


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    def unit(x):
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        norms[norms == 0] = 1
        return x / norms

    return unit(a) @ unit(b).T


UNKNOWN_WORDS = ("<unk>", "<pad>")


def term_vector(term: str, embedding) -> np.ndarray | None:
    """navec vector of a lemma; a bigram gets the mean of its words; None if unknown.

    navec's vocabulary holds lowercase forms and lemmas (``"матч"`` and
    ``"матча"``); its ``<unk>`` and ``<pad>`` entries are never used.
    """
    vectors = [
        embedding[word]
        for word in term.split(BIGRAM_JOINER)
        if word not in UNKNOWN_WORDS and word in embedding
    ]
    return np.mean(vectors, axis=0) if vectors else None


def term_vectors(vocabulary: Sequence[str], embedding) -> np.ndarray:
    """Matrix of navec vectors for the vocabulary (zero rows for unknown terms).

    Vectors are remembered per embedding object, so refits (several seeds, several
    numbers of topics) look each term up once.
    """
    size = len(embedding[embedding.vocab.words[0]])
    known = _VECTORS.setdefault(id(embedding), {})
    out = np.zeros((len(vocabulary), size), dtype=FLOAT)
    for row, term in enumerate(vocabulary):
        if term not in known:
            known[term] = term_vector(term, embedding)
        if known[term] is not None:
            out[row] = known[term]
    return out


# id(embedding) -> term -> vector (None: unknown to navec)
_VECTORS: dict[int, dict[str, np.ndarray | None]] = {}


def article_vectors(weights: sparse.csr_matrix, vectors: np.ndarray) -> np.ndarray:
    """TF-IDF weighted mean of term vectors, L2-normalised (zero if no term has a vector)."""
    known = (np.abs(vectors).sum(axis=1) > 0).astype(FLOAT)
    total = np.asarray(weights @ known).ravel()
    total[total == 0] = 1
    means = np.asarray(weights @ vectors) / total[:, None]
    norms = np.linalg.norm(means, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return means / norms


def class_tfidf(counts: sparse.csr_matrix, labels: np.ndarray, n_classes: int) -> np.ndarray:
    """Class-based TF-IDF (as in BERTopic): one row of term weights per cluster.

    tf: term counts of all the cluster's articles, divided by the cluster's total;
    idf: ``log(1 + A / f_t)`` with ``A`` the mean number of terms per cluster and
    ``f_t`` the term's count over all clusters.
    """
    membership = sparse.csr_matrix(
        (np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(n_classes, len(labels))
    )
    per_class = np.asarray((membership @ counts).todense())
    totals = per_class.sum(axis=1, keepdims=True)
    totals[totals == 0] = 1
    frequency = per_class.sum(axis=0)
    frequency[frequency == 0] = 1
    average = per_class.sum() / n_classes
    return per_class / totals * np.log(1 + average / frequency)[None, :]


def top_indices(row: np.ndarray, top_n: int) -> np.ndarray:
    """Indices of the ``top_n`` largest positive weights; ties broken by term order."""
    order = np.lexsort((np.arange(len(row)), -row))[:top_n]
    return order[row[order] > 0]


def top_term_lists(components: np.ndarray, vocabulary: Sequence[str], top_n: int):
    return [[vocabulary[i] for i in top_indices(row, top_n)] for row in components]


def terms_frame(components: np.ndarray, vocabulary: Sequence[str], top_n: int) -> pd.DataFrame:
    rows = {"topic": [], "rank": [], "term": [], "weight": []}
    for topic, row in enumerate(components):
        for rank, index in enumerate(top_indices(row, top_n), start=1):
            rows["topic"].append(topic)
            rows["rank"].append(rank)
            rows["term"].append(vocabulary[index])
            rows["weight"].append(float(row[index]))
    return tables.make_frame(rows, TOPIC_TERMS)


def weights_frame(article_ids: Sequence[str], weights: np.ndarray) -> pd.DataFrame:
    rows, topics = np.nonzero(weights > 0)
    return tables.make_frame(
        {
            "article_id": np.asarray(article_ids, dtype=object)[rows],
            "topic": topics,
            "weight": weights[rows, topics],
        },
        TOPIC_WEIGHTS,
    )


def make_labels(
    components: np.ndarray, vocabulary: Sequence[str], n_terms: int = LABEL_TERMS
) -> list[str]:
    """Short labels: the top terms, a bigram standing in for the lemmas it contains.

    Unique across topics: a label equal to an earlier one gets its next term.
    """
    labels: list[str] = []
    for row in components:
        candidates = [vocabulary[i] for i in top_indices(row, 4 * n_terms)]
        chosen: list[str] = []
        for term in candidates:
            words = set(term.split(BIGRAM_JOINER))
            if any(words <= set(done.split(BIGRAM_JOINER)) for done in chosen):
                continue
            chosen = [done for done in chosen if not set(done.split(BIGRAM_JOINER)) <= words]
            chosen.append(term)
            if len(chosen) == n_terms:
                break
        label = LABEL_SEPARATOR.join(chosen)
        extra = n_terms
        while label in labels and extra < len(candidates):
            label = LABEL_SEPARATOR.join([*chosen, candidates[extra]])
            extra += 1
        labels.append(label or "—")
    return labels
