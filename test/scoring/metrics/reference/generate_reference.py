"""Writes tools-reference.json: reference values computed by the real tools.

Not run by the tests (CI has no Python packages); it documents exactly how the
committed JSON was produced. Reproduce with sacrebleu 2.6.0, scikit-learn 1.9.1, NLTK 3.10.3:

    python3 -m venv /tmp/refenv
    /tmp/refenv/bin/pip install sacrebleu==2.6.0 scikit-learn==1.9.1 nltk==3.10.3
    /tmp/refenv/bin/python test/scoring/metrics/reference/generate_reference.py

The inputs are our own; only the tools' public APIs are called.
"""

import json
import os
import warnings

import nltk
import sacrebleu
import sklearn
from sacrebleu.metrics import BLEU
from sklearn.metrics import accuracy_score, f1_score

warnings.simplefilter("ignore")


def bleu_record(result):
    return {
        "score": result.score,
        "counts": list(result.counts),
        "totals": list(result.totals),
        "bp": result.bp,
        "sysLen": result.sys_len,
        "refLen": result.ref_len,
    }


SENTENCE_CASES = [
    # (hypothesis, references, kwargs for sacrebleu.sentence_bleu)
    ("The dog bit the man.", ["The dog bit the man."], {}),
    ("It wasn't surprising.", ["It was not unexpected.", "No one was surprised."], {}),
    ("The man had just bitten him.", ["The man bit him first.", "The man had bitten the dog."], {}),
    ("am I am a character sequence", ["I am a symbol string sequence a a"], {}),
    ("a little test", ["a test"], {}),
    ("", ["a test"], {}),
    ("The Cat sat on the MAT.", ["the cat sat on the mat."], {"lowercase": True}),
    ('He said &quot;hi&quot; &amp; left at 3.5pm, on 1,000-2,000 routes.', ['He said "hi" & left at 3.5pm, on 1,000-2,000 roads.'], {}),
    ("the cat the cat on the mat", ["the cat is on the mat", "there is a cat on the mat"], {"smooth_method": "floor"}),
    ("the cat the cat on the mat", ["the cat is on the mat", "there is a cat on the mat"], {"smooth_method": "floor", "smooth_value": 0.01}),
    ("the cat the cat on the mat", ["the cat is on the mat", "there is a cat on the mat"], {"smooth_method": "add-k"}),
    ("the cat the cat on the mat", ["the cat is on the mat", "there is a cat on the mat"], {"smooth_method": "add-k", "smooth_value": 2}),
    ("the cat the cat on the mat", ["the cat is on the mat", "there is a cat on the mat"], {"smooth_method": "none"}),
    ("今天天气很好，我们去公园散步吧。", ["今天天气不错，我们去公园散步。"], {"tokenize": "zh"}),
    ("北京是中国的首都。", ["中国的首都是北京。"], {"tokenize": "zh"}),
    ("我在2018年买了iPhone X，价格是8,388元。", ["我于2018年购买了iPhone X，售价8,388元。"], {"tokenize": "zh"}),
    ("他说：“你好——世界…”", ["他说：“你好，世界！”"], {"tokenize": "zh"}),
    ("温度为 -3.5℃，湿度 80%，风力 3-4 级 → 注意保暖", ["气温-3.5℃，湿度80%，风力3-4级，注意保暖"], {"tokenize": "zh"}),
    ("𠀀𠀁好的", ["𠀀𠀁好"], {"tokenize": "zh"}),
    ("ＡＢＣ公司的产品", ["ABC公司的产品"], {"tokenize": "zh"}),
    ("模型", ["模型很好"], {"tokenize": "zh"}),
    ("很好", ["模型很好"], {"tokenize": "zh", "smooth_method": "floor"}),
    ("人工智能正在改变世界", ["人工智能正在深刻地改变着世界", "AI 正在改变世界"], {"tokenize": "zh"}),
]

_REFS = [
    ["The dog bit the man.", "It was not unexpected.", "The man bit him first."],
    ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."],
]
_HYPS = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."]

ZH_HYPS = [
    "今天天气很好，我们去公园散步吧。",
    "北京是中国的首都。",
    "我在2018年买了iPhone X，价格是8,388元。",
    "机器翻译的质量越来越高了。",
    "",
]
ZH_REFS = [
    ["今天天气不错，我们去公园散步。", "北京是中华人民共和国的首都。", "我于2018年购买了iPhone X，售价8,388元。", "机器翻译的质量正在不断提高。", "这是一个空的译文。"],
    ["天气很好，去公园散步吧。", "中国的首都是北京。", "2018年我买了一部iPhone X，花了8,388元。", "机器翻译质量越来越好。", "空译文。"],
]

CORPUS_CASES = [
    # (hypotheses, reference streams, kwargs for sacrebleu.corpus_bleu)
    (_HYPS, _REFS, {}),
    (["", "", ""], _REFS, {}),
    (_HYPS, _REFS, {"tokenize": "none"}),
    (_HYPS, _REFS, {"smooth_method": "none"}),
    (_HYPS, _REFS, {"smooth_method": "floor"}),
    (_HYPS, _REFS, {"lowercase": True}),
    (ZH_HYPS, ZH_REFS, {"tokenize": "zh"}),
    (ZH_HYPS, ZH_REFS[:1], {"tokenize": "zh"}),
    (ZH_HYPS, ZH_REFS, {"tokenize": "zh", "smooth_method": "add-k"}),
    (ZH_HYPS, ZH_REFS, {"tokenize": "13a"}),
]

TOKENIZER_CASES = [
    ("13a", 'He said &quot;hi&quot; &amp; left... (e.g. 3.5, 1,000-2,000; a-b) <skipped> x-\ny'),
    ("13a", "Hello, world! It's 10:30 -- ok?"),
    ("zh", "他说“你好”—— 再见… → ∑ ‰ ａｂｃ１２３，。"),
    ("zh", "我是2018年-12月的\"test\"，e.g. 3.5 1,000 U.S.A"),
    ("zh", "𠀀𠀁\u2001x\u3000y\u2a6d\u2a6e\u2f80\u2f81\u2fa1\u2fa2"),
    ("zh", "a\u2a6db a\u2a6eb a\u2001b a\u2000b"),
    ("char", "ab 中文"),
]

# NLTK's word_tokenize with preserve_line=True (the Treebank tokenizer without Punkt).
TREEBANK_CASES = [
    "Good muffins cost $3.88 (roughly 3,36 euros)\nin New York.  Please buy me\ntwo of them.\nThanks.",
    "They'll save and invest more.",
    "hi, my name can't hello,",
    "I cannot say 'Hello' -- gonna wanna gimme lemme gotta",
    "\"Quoted\" and ``quoted'' and 'single'; a@b #tag 50% a&b *star*",
    "Wait... what?! (yes) [no] {maybe} <tag>",
    "It's 'tis d'ye more'n 'twas",
    "U.S.A. e.g. 3.5 1,000 3:30 a,b a:b end.",
    "«guillemets» “curly” ‘single’ „low“ en–dash em—dash",
    "trailing quote.\" and paren.)",
]

CLASSIFICATION_CASES = [
    # (y_true, y_pred, note)
    ([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1], "scikit-learn f1_score docstring example"),
    (["正面", "负面", "中性", "正面", "负面", "正面", "中性"], ["正面", "负面", "正面", "正面", "中性", "负面", "中性"], "three Chinese labels"),
    (["报修", "咨询", "投诉", "咨询"], ["报修", "咨询", "表扬", "咨询"], "a label only in y_pred"),
    (["a", "b", "c", "d"], ["a", "a", "a", "a"], "labels only in y_true"),
    (["x", "x", "x"], ["x", "x", "x"], "one label, all correct"),
]


def main():
    out = {
        "generator": f"sacrebleu {sacrebleu.__version__}, scikit-learn {sklearn.__version__}, nltk {nltk.__version__}",
        "sentenceBleu": [],
        "corpusBleu": [],
        "tokenizers": [],
        "treebank": [],
        "classification": [],
    }
    for hyp, refs, kwargs in SENTENCE_CASES:
        result = sacrebleu.sentence_bleu(hyp, refs, **kwargs)
        out["sentenceBleu"].append({"hypothesis": hyp, "references": refs, "options": kwargs, **bleu_record(result)})
    for hyps, refs, kwargs in CORPUS_CASES:
        result = sacrebleu.corpus_bleu(hyps, refs, **kwargs)
        out["corpusBleu"].append({"hypotheses": hyps, "references": refs, "options": kwargs, **bleu_record(result)})
    for name, text in TOKENIZER_CASES:
        tokenizer = BLEU(tokenize=name).tokenizer
        out["tokenizers"].append({"tokenizer": name, "text": text, "tokens": tokenizer(text.rstrip())})
    for text in TREEBANK_CASES:
        out["treebank"].append({"text": text, "tokens": nltk.word_tokenize(text, preserve_line=True)})
    for y_true, y_pred, note in CLASSIFICATION_CASES:
        out["classification"].append({
            "note": note,
            "yTrue": [str(v) for v in y_true],
            "yPred": [str(v) for v in y_pred],
            "accuracy": accuracy_score(y_true, y_pred),
            "macroF1": f1_score(y_true, y_pred, average="macro"),
            "microF1": f1_score(y_true, y_pred, average="micro"),
            "weightedF1": f1_score(y_true, y_pred, average="weighted"),
        })
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tools-reference.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
