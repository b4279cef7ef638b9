<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <location filename="../../gui/reports/slides.py" line="390"/>
        <location filename="../../gui/text/programme.py" line="153"/>
        <source>%s tokens</source>
        <translation>%sトークン</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="419"/>
        <source>%s of the data on hand, each token once</source>
        <translation>手持ちデータの%s（各トークン1回）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="420"/>
        <source>the data on hand, each token %s times</source>
        <translation>手持ちデータを各トークン%s回</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="438"/>
        <source>%s (%s)</source>
        <translation>%s（%s）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="43"/>
        <location filename="../../gui/app/window.py" line="511"/>
        <source>What would it take</source>
        <extracomment>a row the user wants as a new tab: its scenario</extracomment>
        <translation>必要な規模の検討</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="53"/>
        <location filename="../../gui/reports/slides.py" line="522"/>
        <location filename="../../gui/reports/slides.py" line="637"/>
        <location filename="../../gui/reports/xlsx.py" line="297"/>
        <location filename="../../gui/text/programme.py" line="116"/>
        <location filename="../../gui/text/tables.py" line="404"/>
        <location filename="../../engine/fields.py" line="168"/>
        <source>Accelerators</source>
        <extracomment>whether two plans&apos; numbers can be subtracted (a count of different accelerators cannot)</extracomment>
        <translation>アクセラレータ数</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="54"/>
        <source>Peak power</source>
        <translation>ピーク電力</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="66"/>
        <source>accelerators</source>
        <translation>アクセラレータ数</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="67"/>
        <source>goodput (%)</source>
        <translation>有効稼働率（%）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="70"/>
        <source>Goodput against the number of accelerators</source>
        <translation>アクセラレータ数と有効稼働率</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="76"/>
        <source>Open as new tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="109"/>
        <source>The same run — %s parameters on %s tokens — on other numbers of %s: each planned in full. Listed where it finishes within 9 months with no limit broken (batch, memory, site power), from the smallest cluster to the fastest.</source>
        <translation>同じ学習（%s パラメータ、%s トークン）を、%s の台数を変えてそれぞれ計画し直した結果です。9か月以内に終わり、どの制約（バッチ、メモリ、施設の電力）も破らないものを、最小のクラスタから最速のものまで示します。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="113"/>
        <source>Goodput from failures as the scenario models them.</source>
        <translation>有効稼働率はシナリオの故障モデルから求めています。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="114"/>
        <source>Goodput from failures with Llama 3&apos;s interruption rate (the typed goodput holds for one cluster size only).</source>
        <translation>有効稼働率は Llama 3 の中断頻度による故障モデルから求めています（入力された有効稼働率は一つのクラスタ規模にしか当てはまらないため）。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="523"/>
        <source>%s accelerators</source>
        <translation>%s台</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="528"/>
        <location filename="../../gui/reports/slides.py" line="643"/>
        <source>Predicted loss (lower is better)</source>
        <translation>予測損失（低いほど良い）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="540"/>
        <source>other accelerator</source>
        <translation>別のアクセラレータ</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="546"/>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="549"/>
        <source>%s×</source>
        <translation>%s倍</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="570"/>
        <source>Decision: %d scenarios compared</source>
        <translation>判断：%d件のシナリオの比較</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="574"/>
        <source>All amounts in %s.</source>
        <translation>金額はすべて%s建てです。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="579"/>
        <source>%s, then %s</source>
        <translation>%s、次に%s</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="581"/>
        <source>“%s”</source>
        <translation>「%s」</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="583"/>
        <source>{scenarios} converted from {currency} at {rate}.</source>
        <translation>{scenarios}は{currency}から{rate}で換算しています。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="584"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="594"/>
        <source>Main finding</source>
        <translation>主な指摘事項</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="597"/>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="628"/>
        <source>power included in the hourly price</source>
        <translation>電力費用は単価に含まれます</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="630"/>
        <source>accelerators {accelerators}, energy {power}</source>
        <translation>アクセラレータ{accelerators}、電力費用{power}</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="634"/>
        <source>95% band {low}–{high}</source>
        <translation>95%の幅 {low}～{high}</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="639"/>
        <source>%s accelerator-hours</source>
        <translation>%s台・時間</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="642"/>
        <source>%s tokens per parameter</source>
        <translation>パラメータあたり%sトークン</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="645"/>
        <source>average %s</source>
        <translation>平均%s</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="655"/>
        <source>Recommendation: %s</source>
        <translation>推奨：%s</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="668"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="670"/>
        <source>What would fix it</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="675"/>
        <source>No limit is broken and the scaling law is used within reason: the plan can go ahead as it stands.</source>
        <translation>上限を超える項目はなく、スケーリング則も妥当な範囲で使われています。この計画のまま進められます。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="686"/>
        <source>Trains a model of {params} on {tokens} ({ratio} tokens per parameter). Predicted loss: {loss}, lower is better.</source>
        <translation>{params}のモデルを{tokens}で学習します（パラメータあたり{ratio}トークン）。予測損失は{loss}です（低いほど良い）。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="690"/>
        <source>Trains a mixture of experts with {params} active of {total} on {tokens} ({ratio} tokens per active parameter). Predicted loss: {loss}, lower is better (as a dense model of the active size).</source>
        <translation>総数 {total} のうちアクティブ {params} の混合エキスパートモデルを {tokens} で学習します（アクティブなパラメータあたり {ratio} トークン）。予測損失は {loss}（低いほど良い。アクティブ規模の密モデルとしての値）です。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="696"/>
        <source>Data: %s.</source>
        <translation>データ：%s。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="697"/>
        <source>Runs for {days} on {cluster}: {hours} accelerator-hours.</source>
        <translation>{cluster}で{days}間学習します（{hours}台・時間）。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="699"/>
        <source>Trained in {precision}; memory per accelerator {memory} ({sharding}).</source>
        <translation>{precision}で学習し、1台あたりのメモリは {memory}（{sharding}）です。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="703"/>
        <source>Costs {total}, power included in the hourly price; uses {energy} of energy and emits {co2} of CO₂.</source>
        <translation>費用は{total}（電力費用は単価に含まれます）です。電力量は{energy}、CO₂排出量は{co2}です。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="706"/>
        <source>Costs {total} (accelerators {accelerators}, energy {power}); uses {energy} of energy and emits {co2} of CO₂.</source>
        <translation>費用は{total}（アクセラレータ{accelerators}、電力費用{power}）です。電力量は{energy}、CO₂排出量は{co2}です。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="719"/>
        <source>and %d more findings</source>
        <translation>ほか%d件の指摘事項</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="804"/>
        <source>Programme: cost by stage</source>
        <extracomment>the plots of a scenario&apos;s slide, at the size in pixels they are laid out at (small enough that their text reads at about 10–12 pt on the slide)</extracomment>
        <translation>プログラム：段階別の費用</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="805"/>
        <source>The whole programme costs %s</source>
        <translation>プログラム全体の費用は %s</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="885"/>
        <source>Compliance and EU documentation</source>
        <translation>規制の閾値とEUの文書化</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="894"/>
        <source>Source: %s</source>
        <translation>出典：%s</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="908"/>
        <location filename="../../gui/reports/xlsx.py" line="390"/>
        <source>EU model documentation (training)</source>
        <translation>EUモデル文書（学習）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="936"/>
        <source>Appendix: assumptions and sources</source>
        <translation>付録：前提と出典</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="168"/>
        <location filename="../../engine/fields.py" line="370"/>
        <location filename="../../engine/fields.py" line="374"/>
        <source>count</source>
        <translation>台</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="170"/>
        <source>Peak per accelerator</source>
        <translation>1台あたりのピーク性能</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="172"/>
        <source>Dense peak in the training precision, never the 2:4-sparse datasheet figure.</source>
        <translation>学習精度での密（dense）ピーク性能。データシートの2:4スパース値は使わないでください。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="177"/>
        <source>Utilisation (MFU)</source>
        <translation>演算効率（MFU）</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="182"/>
        <source>Power per accelerator</source>
        <translation>1台あたりの消費電力</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="130"/>
        <location filename="../../gui/reports/xlsx.py" line="136"/>
        <location filename="../../gui/text/tables.py" line="166"/>
        <location filename="../../engine/fields.py" line="185"/>
        <source>Memory per accelerator</source>
        <translation>1台あたりのメモリ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="186"/>
        <location filename="../../engine/fields.py" line="284"/>
        <source>from catalogue</source>
        <translation>カタログ値</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="53"/>
        <location filename="../../engine/fields.py" line="213"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="78"/>
        <location filename="../../gui/app/summary.py" line="281"/>
        <location filename="../../gui/plots/cost.py" line="39"/>
        <location filename="../../gui/plots/cost.py" line="192"/>
        <location filename="../../gui/reports/xlsx.py" line="144"/>
        <location filename="../../gui/reports/xlsx.py" line="298"/>
        <location filename="../../engine/fields.py" line="213"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="53"/>
        <location filename="../../engine/fields.py" line="217"/>
        <source>Goodput</source>
        <translation>有効稼働率</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="219"/>
        <source>Share of wall-clock time spent on useful steps (failures and restarts excluded).</source>
        <translation>期間のうち学習が実際に進んでいる時間の割合（障害や再起動で失われた時間を除く）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="239"/>
        <source>Facility power over IT power: industry 1.58, hyperscalers ≈ 1.1.</source>
        <translation>データセンター全体の電力÷IT機器の電力（冷却などの上乗せ分）。業界平均1.58、大手クラウド約1.1。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="240"/>
        <source>Host overhead</source>
        <translation>ホスト電力係数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="241"/>
        <source>Server, CPU and network power as a multiple of the accelerators&apos; own power.</source>
        <translation>サーバー・CPU・ネットワークの電力を、アクセラレータ自体の電力の倍率で表したもの。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="242"/>
        <source>Energy price</source>
        <translation>電力単価</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="249"/>
        <source>Grid carbon</source>
        <translation>電力のCO₂排出係数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="250"/>
        <source>Japan FY2023 0.421, US ≈ 0.39, France ≈ 0.05.</source>
        <translation>日本（2023年度）0.421、米国 約0.39、フランス 約0.05。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="253"/>
        <source>Energy cap</source>
        <translation>電力量の上限</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="138"/>
        <source>Tokens per parameter</source>
        <translation>パラメータあたりのトークン数</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="141"/>
        <source>Predicted loss, 95% band low</source>
        <translation>予測損失（95%の幅の下限）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="142"/>
        <source>Predicted loss, 95% band high</source>
        <translation>予測損失（95%の幅の上限）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="148"/>
        <source>Accelerator cost</source>
        <translation>アクセラレータ費用</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="149"/>
        <source>Energy cost</source>
        <translation>電力費用</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="593"/>
        <location filename="../../gui/reports/xlsx.py" line="152"/>
        <source>Status</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="134"/>
        <source>Compute with attention</source>
        <translation>アテンション込みの計算量</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="192"/>
        <location filename="../../gui/text/tables.py" line="257"/>
        <location filename="../../gui/text/tables.py" line="258"/>
        <location filename="../../engine/fields.py" line="152"/>
        <source>none</source>
        <extracomment>The planning objectives (``model.objective``), in the order the editor offers them. Currencies the editor offers (any ISO 4217 code is valid in a file). What the accelerator-hour price covers (``money.cost_basis``): a rental that includes the power (the catalogue&apos;s cloud prices), or owned/colocated accelerators whose energy is paid on top. What a file written before ``money.cost_basis`` existed meant: the energy was added to the price. Training precisions (``cluster.precision``): the number format of the matrix multiplications, whose dense peak the catalogue gives (engine.architecture.PRECISIONS has each recipe&apos;s bytes and source). Activation recomputation (``parallel.recompute``; Korthikanti et al. 2022): none, selective (the attention core only, what FlashAttention-style kernels do), full (every layer&apos;s input only). The objectives that use this field; None = every objective. Objectives for which this (optional) field must be set. Moved by the tornado chart (engine.sensitivity). What an empty (None) optional field means, shown in the empty input box. Allowed values of a choice field with a fixed list (the editor&apos;s offer for an open one). Labels of the choices, in the order of ``choices`` (translatable); empty = the values themselves. English description of the allowed values of a choice, text or object field. The fields of a bought cluster (``money.cost_basis`` &quot;purchased&quot;).</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="208"/>
        <source>Difference, {scenario}</source>
        <translation>差（{scenario}）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="208"/>
        <source>Difference in %, {scenario}</source>
        <translation>差（%、{scenario}）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="209"/>
        <location filename="../../gui/reports/xlsx.py" line="240"/>
        <source>Quantity</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="209"/>
        <location filename="../../gui/reports/xlsx.py" line="240"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="212"/>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="212"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="585"/>
        <location filename="../../gui/reports/xlsx.py" line="233"/>
        <source>Differences are against the first scenario, %s.</source>
        <translation>差は最初のシナリオ（%s）との比較です。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="240"/>
        <location filename="../../gui/reports/xlsx.py" line="257"/>
        <location filename="../../gui/reports/xlsx.py" line="270"/>
        <location filename="../../gui/reports/xlsx.py" line="297"/>
        <location filename="../../gui/reports/xlsx.py" line="349"/>
        <location filename="../../gui/reports/xlsx.py" line="372"/>
        <location filename="../../gui/reports/xlsx.py" line="392"/>
        <source>Scenario</source>
        <extracomment>number styles of the stage table&apos;s columns: compute, accelerators, days, accelerator-hours, energy, cost, CO₂</extracomment>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="240"/>
        <location filename="../../gui/reports/xlsx.py" line="392"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="257"/>
        <location filename="../../gui/reports/xlsx.py" line="392"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="926"/>
        <location filename="../../gui/reports/xlsx.py" line="257"/>
        <source>Assumption</source>
        <translation>前提</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="270"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="270"/>
        <source>Finding</source>
        <translation>指摘内容</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="270"/>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="297"/>
        <location filename="../../gui/text/programme.py" line="116"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="298"/>
        <location filename="../../gui/text/programme.py" line="116"/>
        <source>Time</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="326"/>
        <source>Programme cost, development at the low end of the published spread</source>
        <translation>プログラム費用（開発を公表値の範囲の下限とした場合）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="328"/>
        <source>Programme cost, development at the high end of the published spread</source>
        <translation>プログラム費用（開発を公表値の範囲の上限とした場合）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="336"/>
        <source>Buying the cluster up front</source>
        <translation>クラスタの購入（初期支出）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="349"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="350"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="372"/>
        <source>Threshold</source>
        <translation>閾値</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="372"/>
        <source>Counted compute</source>
        <translation>算入される計算量</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="373"/>
        <source>Crossed</source>
        <translation>超過</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="373"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="373"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="384"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="440"/>
        <source>Key numbers</source>
        <translation>主要な数値</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="271"/>
        <source>Price per accelerator-hour</source>
        <translation>1台1時間あたりの単価</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="274"/>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/rate.py" line="23"/>
        <source>Convert to %s</source>
        <translation>%s に換算</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/rate.py" line="28"/>
        <source>Every price and the budget will be converted from %s to %s. The scenario is in %s at %s. How much is one US dollar in %s?</source>
        <translation>すべての単価と予算を %s から %s に換算します。このシナリオは %s 建て、為替レートは %s です。1米ドルは %s でいくらですか？</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/rate.py" line="35"/>
        <location filename="../../gui/app/dialogs/rate.py" line="38"/>
        <location filename="../../engine/fields.py" line="276"/>
        <source>Exchange rate</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/rate.py" line="47"/>
        <source>Convert</source>
        <translation>換算する</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="306"/>
        <source>Unique tokens on hand</source>
        <translation>手持ちの固有トークン数</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="420"/>
        <location filename="../../gui/plots/data.py" line="26"/>
        <location filename="../../gui/reports/xlsx.py" line="137"/>
        <location filename="../../gui/text/tables.py" line="268"/>
        <location filename="../../engine/fields.py" line="306"/>
        <location filename="../../engine/fields.py" line="317"/>
        <location filename="../../engine/fields.py" line="337"/>
        <location filename="../../engine/fields.py" line="349"/>
        <location filename="../../engine/fields.py" line="385"/>
        <location filename="../../engine/fields.py" line="388"/>
        <source>tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="268"/>
        <location filename="../../engine/fields.py" line="307"/>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="52"/>
        <location filename="../../engine/fields.py" line="314"/>
        <source>Parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="265"/>
        <location filename="../../gui/reports/xlsx.py" line="131"/>
        <location filename="../../gui/reports/xlsx.py" line="132"/>
        <location filename="../../gui/text/tables.py" line="143"/>
        <location filename="../../engine/fields.py" line="314"/>
        <location filename="../../engine/fields.py" line="332"/>
        <source>params</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="126"/>
        <location filename="../../gui/reports/slides.py" line="527"/>
        <location filename="../../gui/reports/slides.py" line="641"/>
        <location filename="../../gui/reports/xlsx.py" line="137"/>
        <location filename="../../gui/text/tables.py" line="152"/>
        <location filename="../../gui/text/tables.py" line="412"/>
        <location filename="../../engine/fields.py" line="317"/>
        <source>Training tokens</source>
        <translation>学習トークン数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="319"/>
        <source>Target loss</source>
        <translation>目標損失</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="424"/>
        <location filename="../../gui/reports/xlsx.py" line="140"/>
        <location filename="../../gui/reports/xlsx.py" line="141"/>
        <location filename="../../gui/reports/xlsx.py" line="142"/>
        <location filename="../../engine/fields.py" line="319"/>
        <source>nats/token</source>
        <translation>nats/トークン</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="349"/>
        <source>Lifetime inference</source>
        <translation>推論の総トークン数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="351"/>
        <source>Tokens the model will serve; the plan then minimises training + inference compute.</source>
        <translation>運用期間中にモデルが推論で処理するトークンの総数です。入力すると、学習と推論の計算量の合計が最小になるように計画します。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="118"/>
        <source>Allowed: </source>
        <translation>許容範囲：</translation>
    </message>
    <message>
        <location filename="../../gui/text/numbers.py" line="118"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; は数値ではありません</translation>
    </message>
    <message>
        <location filename="../../gui/text/numbers.py" line="120"/>
        <source>must be a whole number</source>
        <translation>整数で入力してください</translation>
    </message>
    <message>
        <location filename="../../gui/text/numbers.py" line="121"/>
        <source>&apos;{text}&apos; is a percentage; this field is not in %</source>
        <translation>&apos;{text}&apos; はパーセント値です。この欄はパーセントではありません</translation>
    </message>
    <message>
        <location filename="../../gui/text/numbers.py" line="122"/>
        <source>&apos;{text}&apos; is an amount of money; this field is not</source>
        <translation>&apos;{text}&apos; は金額です。この欄は金額ではありません</translation>
    </message>
    <message>
        <location filename="../../gui/text/numbers.py" line="123"/>
        <source>&apos;{text}&apos; is in {typed}; this field is in {currency}</source>
        <translation>&apos;{text}&apos; は{typed}建てです。この欄は{currency}建てです</translation>
    </message>
    <message>
        <location filename="../../gui/text/numbers.py" line="126"/>
        <source>read as %s — did you mean %s?</source>
        <extracomment>the note under a percent field given a bare number of at most 1: applied as percent, and said so</extracomment>
        <translation>%s として読み取りました。%s のつもりですか？</translation>
    </message>
    <message>
        <location filename="../../gui/text/numbers.py" line="119"/>
        <source>the number is too large</source>
        <translation>数値が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="83"/>
        <location filename="../../gui/text/fields.py" line="104"/>
        <source>allowed: </source>
        <translation>許容範囲：</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="72"/>
        <source>&gt; %s and ≤ %s</source>
        <translation>%s より大きく %s 以下</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="53"/>
        <source>%s per $1</source>
        <translation>1ドル＝%s</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="72"/>
        <source>%s to %s</source>
        <translation>%s ～ %s</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="73"/>
        <source>, or empty</source>
        <translation>、または空欄</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="16"/>
        <source>%s is out of range (%s)</source>
        <translation>%s は範囲外です（%s）</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="17"/>
        <source>%s is not a whole number (%s)</source>
        <translation>%s は整数ではありません（%s）</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="15"/>
        <source>required (%s)</source>
        <translation>入力が必要です（%s）</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="328"/>
        <location filename="../../gui/text/tables.py" line="261"/>
        <source>Cluster</source>
        <extracomment>the field&apos;s own tip (a greyed output field shows another one while its objective does not use it) the user asked to fit a law to their own runs (the window opens the fit dialog)</extracomment>
        <translation>クラスタ</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="328"/>
        <source>Parallelism and memory</source>
        <translation>並列化とメモリ</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="329"/>
        <source>Schedule</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="54"/>
        <location filename="../../gui/app/editor.py" line="330"/>
        <location filename="../../gui/app/summary.py" line="128"/>
        <location filename="../../gui/reports/slides.py" line="530"/>
        <location filename="../../gui/reports/slides.py" line="645"/>
        <location filename="../../gui/reports/xlsx.py" line="146"/>
        <location filename="../../gui/reports/xlsx.py" line="298"/>
        <location filename="../../gui/text/programme.py" line="116"/>
        <location filename="../../gui/text/programme.py" line="183"/>
        <location filename="../../gui/text/tables.py" line="160"/>
        <location filename="../../gui/text/tables.py" line="414"/>
        <location filename="../../engine/sensitivity.py" line="29"/>
        <source>Energy</source>
        <translation>電力量</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="330"/>
        <source>Money</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="330"/>
        <location filename="../../gui/app/editor.py" line="448"/>
        <location filename="../../gui/reports/xlsx.py" line="115"/>
        <location filename="../../gui/text/tables.py" line="270"/>
        <location filename="../../gui/text/tables.py" line="409"/>
        <location filename="../../engine/fields.py" line="299"/>
        <source>Scaling law</source>
        <translation>スケーリング則</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="331"/>
        <location filename="../../gui/app/summary.py" line="127"/>
        <location filename="../../gui/reports/slides.py" line="650"/>
        <location filename="../../gui/reports/xlsx.py" line="128"/>
        <location filename="../../gui/text/tables.py" line="169"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="331"/>
        <location filename="../../gui/app/editor.py" line="463"/>
        <source>Model objective</source>
        <translation>計画の目的</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="332"/>
        <location filename="../../gui/app/editor.py" line="401"/>
        <location filename="../../gui/app/editor.py" line="475"/>
        <location filename="../../gui/text/programme.py" line="21"/>
        <location filename="../../gui/text/programme.py" line="29"/>
        <source>Serving</source>
        <translation>推論提供</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="345"/>
        <location filename="../../gui/app/editor.py" line="346"/>
        <location filename="../../engine/fields.py" line="159"/>
        <source>Scenario name</source>
        <extracomment>Every scenario field, once, in the order the editor shows them: the name, then the cluster, schedule, energy, money, law, data and model groups, then the notes. Ranges and display hints are those of format v1 (DESIGN.md §3).</extracomment>
        <translation>シナリオ名</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="368"/>
        <source>Custom accelerator</source>
        <translation>カスタム（手入力）</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="370"/>
        <location filename="../../gui/app/editor.py" line="371"/>
        <location filename="../../gui/reports/xlsx.py" line="104"/>
        <location filename="../../gui/text/tables.py" line="271"/>
        <location filename="../../engine/fields.py" line="161"/>
        <source>Accelerator</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="381"/>
        <source>The value typed</source>
        <translation>入力した値</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="381"/>
        <source>Failures and checkpoints</source>
        <translation>故障とチェックポイントから推定</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="382"/>
        <source>Typed: the goodput above, whatever the cluster&apos;s size. Failures and checkpoints: modelled for this many accelerators (Young&apos;s checkpoint interval), from Llama 3&apos;s interruption rate unless you enter your own; goodput then falls as the cluster grows.</source>
        <translation>入力した値：クラスタの規模によらず上の有効稼働率を使います。故障とチェックポイントから推定：この台数について、Young のチェックポイント間隔で推定します（独自の値を入れない限り Llama 3 の中断頻度を使用）。クラスタが大きいほど有効稼働率は下がります。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="384"/>
        <location filename="../../gui/app/editor.py" line="490"/>
        <location filename="../../gui/app/editor.py" line="685"/>
        <source>Goodput from</source>
        <translation>有効稼働率の求め方</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="393"/>
        <source>The final run alone</source>
        <translation>最終学習のみ</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="393"/>
        <source>The whole programme</source>
        <translation>プログラム全体</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="394"/>
        <source>The whole programme: development and ablations before the final run, supervised and preference tuning and reinforcement learning after it, each as a share of the run&apos;s compute, with published defaults (hover over each field for its sources).</source>
        <translation>プログラム全体：最終学習の前の開発・アブレーション、後の教師ありファインチューニング・選好学習と強化学習を、それぞれ最終学習の計算量に対する割合で計画します。既定値は公表値です（各欄にポインタを合わせると出典を表示）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="396"/>
        <location filename="../../gui/app/editor.py" line="474"/>
        <source>Plan</source>
        <translation>計画の範囲</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="399"/>
        <source>Not planned</source>
        <translation>計画しない</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="399"/>
        <source>Planned</source>
        <translation>計画する</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="400"/>
        <source>Serving the trained model: the accelerators its load needs at the peak, their energy and cost over the period. Its tokens also size the model when the objective is a target loss.</source>
        <translation>学習したモデルの推論提供：ピーク時の負荷に必要なアクセラレータ数と、期間中の電力量・費用。目的が目標損失のときは、その総トークン数でモデル規模も決まります。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="408"/>
        <source>What the model is served on: its memory holds the weights, its bandwidth bounds each step.</source>
        <translation>推論に使うアクセラレータ：メモリに重みを載せ、メモリ帯域が各ステップの速さを決めます。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="418"/>
        <location filename="../../gui/text/tables.py" line="208"/>
        <source>Chip TDP (as published footprints)</source>
        <extracomment>the power conventions of engine.energy, as the editor names them</extracomment>
        <translation>チップTDP（公表されている学習時排出量と同じ方式）</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="419"/>
        <location filename="../../gui/text/tables.py" line="209"/>
        <source>Server power, average draw (Epoch AI)</source>
        <translation>サーバー電力×平均消費率（Epoch AI）</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="420"/>
        <location filename="../../gui/text/tables.py" line="209"/>
        <source>Custom</source>
        <translation>カスタム（手入力）</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="422"/>
        <source>Chip TDP: accelerators × rated power × PUE, the convention of the published training footprints. Server power: the whole server&apos;s rating per accelerator × the share drawn on average while training (Epoch AI: H100 server 1.82 × chip TDP, 75 % average draw).</source>
        <translation>チップTDP：台数×定格電力×PUE。公表されている学習時の排出量と同じ計算方式です。サーバー電力：アクセラレータ1台あたりのサーバー全体の定格×学習中の平均消費率（Epoch AI：H100サーバーはチップTDPの1.82倍、平均消費率75%）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="425"/>
        <location filename="../../gui/app/editor.py" line="427"/>
        <location filename="../../gui/app/editor.py" line="754"/>
        <source>Power convention</source>
        <translation>電力の計算方式</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="499"/>
        <source>Assumptions, sources, what this scenario is for…</source>
        <translation>前提、出典、このシナリオの目的など…</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="433"/>
        <location filename="../../gui/app/editor.py" line="434"/>
        <location filename="../../gui/reports/xlsx.py" line="94"/>
        <location filename="../../gui/reports/xlsx.py" line="114"/>
        <location filename="../../gui/text/tables.py" line="265"/>
        <location filename="../../gui/text/tables.py" line="429"/>
        <location filename="../../engine/fields.py" line="261"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="58"/>
        <source>A bought cluster: the purchase written off per working hour (the fields below) is shown.</source>
        <extracomment>significant digits a field shows of a value nobody typed (a converted amount): what people can read; the value itself keeps its precision until the user types over it fields that some objectives compute instead of taking: the plan&apos;s key that holds their value Why a greyed field shows the plan&apos;s value, where the reason is not the objective.</extracomment>
        <translation>購入したクラスタ：購入費を稼働1時間あたりに償却した値（下の欄から計算）を表示しています。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="60"/>
        <source>From the serving plan: queries a day × tokens per answer × its months.</source>
        <translation>推論提供の計画から：1日のクエリ数 × 回答あたりトークン数 × 月数。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="61"/>
        <source>Modelled from failures and checkpoints: the plan&apos;s goodput is shown.</source>
        <translation>故障とチェックポイントから推定：計画による有効稼働率を表示しています。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="451"/>
        <source>Fit a law to your runs…</source>
        <translation>自社の学習結果からスケーリング則を推定…</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="453"/>
        <source>Import a CSV of your training runs, fit L(N, D) with its uncertainty, and plan with it</source>
        <translation>学習結果のCSVを読み込み、L(N, D)を不確かさ付きで推定して計画に使います。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="310"/>
        <source>Spend the budget compute-optimally</source>
        <translation>予算を計算最適に使う</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="310"/>
        <source>Fix the model size</source>
        <translation>モデル規模を固定</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="311"/>
        <source>Fix model size and tokens</source>
        <translation>モデル規模とトークン数を固定</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="312"/>
        <source>Reach a target loss at least cost</source>
        <translation>目標損失を最小の費用で達成</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="584"/>
        <source>custom: </source>
        <translation>カスタム：</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="358"/>
        <location filename="../../gui/text/laws.py" line="70"/>
        <source>Source: </source>
        <translation>出典（原文）：</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="598"/>
        <source>Not an input of this objective: the plan&apos;s value is shown.</source>
        <translation>この目的では入力ではありません。計画による値を表示しています。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="632"/>
        <source>The %s has no FP8: the run trains in BF16 at its BF16 peak.</source>
        <translation>%sはFP8に対応していません。BF16のピーク性能でBF16学習として計画します。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="637"/>
        <source>The catalogue has no power figure for %s: %s kept from before; enter the chip&apos;s own.</source>
        <translation>カタログに %s の消費電力がありません。以前の %s のままです。このチップの値を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="644"/>
        <source>Catalogue price for %s is unverified ($%s/h): check a current quote.</source>
        <translation>%s のカタログ価格（$%s/時）は未確認です。最新の見積もりを確認してください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="648"/>
        <source>The catalogue has no price for %s: the previous price is kept; enter a quote.</source>
        <translation>カタログに %s の価格がありません。以前の単価のままです。見積もり額を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="654"/>
        <source>The catalogue has no purchase price for %s: the previous one is kept; enter the price you pay.</source>
        <translation>カタログに %s の購入価格がありません。前の価格を引き継ぎました。実際の購入価格を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="661"/>
        <source>Custom accelerator: the previous purchase price is kept; enter the price you pay.</source>
        <translation>カスタムのアクセラレータ：前の購入価格を引き継ぎました。実際の購入価格を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="662"/>
        <source>Choose accelerator</source>
        <translation>アクセラレータの選択</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="717"/>
        <source>Plan the programme</source>
        <translation>プログラムを計画</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="718"/>
        <source>Plan serving</source>
        <translation>推論提供を計画</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="733"/>
        <source>The %s has no FP8 matrix units: it trains in BF16.</source>
        <translation>%sにはFP8の行列演算ユニットがありません。BF16で学習します。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="737"/>
        <source>Custom accelerator: enter its dense peak in %s.</source>
        <translation>カスタムアクセラレータです。%sでの密（非スパース）ピーク性能を入力してください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="738"/>
        <location filename="../../engine/fields.py" line="163"/>
        <source>Training precision</source>
        <translation>学習の数値精度</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="773"/>
        <source>Currency not changed</source>
        <translation>通貨は変更されていません</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="777"/>
        <source>Every amount converted: %s. Undo (Ctrl+Z) converts back.</source>
        <translation>すべての金額を換算しました：%s。元に戻す（Ctrl+Z）で換算前に戻ります。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="799"/>
        <source>Change objective</source>
        <translation>目的の変更</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="52"/>
        <source>Tokens</source>
        <translation>トークン数</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="53"/>
        <source>Training FLOP</source>
        <translation>学習計算量（FLOP）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="53"/>
        <source>Final loss</source>
        <translation>最終損失</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="70"/>
        <location filename="../../gui/app/dialogs/fit.py" line="74"/>
        <source>Fitting (best of 4,500 starts)…</source>
        <translation>推定中（4,500通りの初期値から最良を選択）…</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="82"/>
        <source>Bootstrap: %d resamples…</source>
        <translation>ブートストラップ：%d回の再標本化…</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="87"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="90"/>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="111"/>
        <source>Fit a scaling law to your runs</source>
        <translation>学習結果からスケーリング則を推定</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="121"/>
        <source>a CSV: one run per line — parameters, tokens or training FLOP, loss</source>
        <translation>CSV：1行に1回の学習。列はパラメータ数、トークン数または学習計算量（FLOP）、損失です。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="122"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="130"/>
        <source>Runs file</source>
        <translation>学習結果ファイル</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="139"/>
        <source>Columns</source>
        <translation>列の対応</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="144"/>
        <source>Leave out the highest-loss runs (Besiroglu et al. 2024 dropped 5 of 245)</source>
        <translation>損失が最も大きい学習を除外します（Besiroglu et al. 2024は245件中5件を除外）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="150"/>
        <source>Bootstrap resamples over runs for the uncertainty (0: none)</source>
        <translation>不確かさを求めるブートストラップの回数（0：なし）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="153"/>
        <source>drop highest-loss runs</source>
        <translation>損失上位を除外</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="153"/>
        <source>bootstrap resamples</source>
        <translation>ブートストラップ回数</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="154"/>
        <source>seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="158"/>
        <source>Fit</source>
        <translation>推定</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="162"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="178"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="178"/>
        <source>95% interval</source>
        <translation>95%区間</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="178"/>
        <source>Epoch AI 2024</source>
        <translation>Epoch AI 2024</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="187"/>
        <source>Predicted against observed loss</source>
        <translation>予測損失と実測損失</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="187"/>
        <source>observed loss</source>
        <translation>実測損失</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="187"/>
        <source>predicted loss</source>
        <translation>予測損失</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="193"/>
        <source>Residuals (log) against compute</source>
        <translation>残差（対数）と計算量</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="193"/>
        <location filename="../../gui/app/dialogs/fit.py" line="200"/>
        <location filename="../../gui/plots/allocation.py" line="26"/>
        <location filename="../../gui/plots/data.py" line="25"/>
        <location filename="../../gui/plots/loss.py" line="58"/>
        <source>training compute (FLOP)</source>
        <translation>学習計算量（FLOP）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="194"/>
        <source>log(predicted / observed)</source>
        <translation>log(予測 / 実測)</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="199"/>
        <source>Loss against compute: your law and the presets</source>
        <translation>損失と計算量：推定したスケーリング則と既定のスケーリング則</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="200"/>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="76"/>
        <location filename="../../gui/plots/isoflop.py" line="38"/>
        <location filename="../../gui/plots/loss.py" line="58"/>
        <source>loss (nats/token)</source>
        <translation>損失（nats/トークン）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="211"/>
        <source>your fit</source>
        <translation>推定結果</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="220"/>
        <source>name of the fitted law</source>
        <translation>推定したスケーリング則の名前</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="222"/>
        <source>Use this law</source>
        <translation>このスケーリング則を使う</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="247"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="277"/>
        <source>Runs to fit</source>
        <translation>推定に使う学習結果</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="277"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="291"/>
        <source>The file could not be read: %s</source>
        <translation>ファイルを読めませんでした：%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="296"/>
        <location filename="../../gui/app/window.py" line="767"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="296"/>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="305"/>
        <source>Fitted to %s</source>
        <translation>%s から推定</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="306"/>
        <source>%d columns read; check the mapping, then Fit.</source>
        <translation>%d列を読み込みました。対応を確認して「推定」を押してください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="345"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="415"/>
        <source>Objective %s (summed Huber, δ = 10⁻³) over %d runs; fitted on %s – %s FLOP.</source>
        <translation>目的関数の値 %s（Huber損失の合計、δ = 10⁻³）、学習%d件。推定に使った範囲は %s ～ %s FLOP です。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="417"/>
        <source>At your plan&apos;s compute (%s FLOP):</source>
        <translation>計画の計算量（%s FLOP）では：</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="418"/>
        <source>At %s FLOP (this scenario has no plan):</source>
        <translation>%s FLOP では（このシナリオには計画がありません）：</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="419"/>
        <source>model size</source>
        <translation>モデル規模</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="421"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="422"/>
        <source>95% intervals from {n} bootstrap resamples.</source>
        <translation>95%区間は{n}回のブートストラップによるものです。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="424"/>
        <source>Fitted. Check the plots, then “Use this law” to plan with it.</source>
        <translation>推定しました。グラフを確認し、「このスケーリング則を使う」で計画に反映してください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="467"/>
        <source>Fitted law</source>
        <translation>推定したスケーリング則</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="472"/>
        <location filename="../../gui/app/dialogs/fit.py" line="486"/>
        <source>This fit cannot be used for planning: %s</source>
        <translation>この推定結果は計画に使えません：%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="478"/>
        <source>The fitted law&apos;s floor E = %s is at or above your target loss %s: no amount of compute reaches it. Choose a target loss above %s, or the objective “%s”.</source>
        <translation>推定したスケーリング則の下限 E = %s が目標損失 %s 以上のため、計算量をいくら増やしても到達できません。目標損失を %s より大きくするか、目的を「%s」にしてください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/fit.py" line="488"/>
        <source>Use fitted law</source>
        <translation>推定したスケーリング則の使用</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="93"/>
        <location filename="../../gui/app/editor.py" line="332"/>
        <location filename="../../gui/reports/xlsx.py" line="313"/>
        <location filename="../../gui/reports/xlsx.py" line="445"/>
        <location filename="../../gui/text/programme.py" line="122"/>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="97"/>
        <source>This scenario plans the final run alone. In the editor, under Programme choose “The whole programme”, and under Serving “Planned”, to see development, post-training and serving here.</source>
        <translation>このシナリオは最終学習だけを計画しています。入力欄の「プログラム」で「プログラム全体」を、「推論提供」で「計画する」を選ぶと、開発・事後学習・推論提供がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="119"/>
        <source>Share of each by stage (%)</source>
        <translation>段階ごとの内訳（%）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="128"/>
        <source>Stages</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="141"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="147"/>
        <location filename="../../gui/reports/xlsx.py" line="446"/>
        <source>Cash flow</source>
        <translation>月次の支出</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="161"/>
        <source>active parameters</source>
        <translation>アクティブパラメータ数</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="178"/>
        <source>Think longer or grow</source>
        <translation>長く考えるか、大きくするか</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="191"/>
        <source>EU model documentation: the training figures (to two significant figures)</source>
        <translation>EUモデル文書：学習の数値（有効数字2桁）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="195"/>
        <source>Copy the documentation figures</source>
        <translation>文書用の数値をコピー</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="199"/>
        <location filename="../../gui/reports/xlsx.py" line="447"/>
        <source>Compliance</source>
        <translation>規制</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="232"/>
        <source>Programme cost: %s.</source>
        <translation>プログラム費用：%s。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="234"/>
        <source>Buying the cluster costs %s up front; the programme carries %s of it as depreciation (%s per accelerator-hour).</source>
        <translation>クラスタの購入には初期に %s かかり、このプログラムはそのうち %s を減価償却として負担します（1台1時間あたり %s）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/smoke.py" line="100"/>
        <location filename="../../gui/app/summary.py" line="125"/>
        <location filename="../../gui/reports/slides.py" line="529"/>
        <location filename="../../gui/reports/slides.py" line="644"/>
        <location filename="../../gui/reports/xlsx.py" line="122"/>
        <location filename="../../gui/reports/xlsx.py" line="125"/>
        <location filename="../../gui/reports/xlsx.py" line="297"/>
        <location filename="../../gui/text/programme.py" line="116"/>
        <location filename="../../gui/text/programme.py" line="183"/>
        <location filename="../../gui/text/tables.py" line="150"/>
        <location filename="../../gui/text/tables.py" line="410"/>
        <source>Compute</source>
        <extracomment>the tallest lines a card shows (superscripts, Japanese, descenders): its height is fixed to fit them, so a number that changes never changes the summary&apos;s height — which moved every plot by a pixel and made each redraw itself whole, on most frames of a drag the card that shows each key of the plan (``plan --json``)</extracomment>
        <translation>計算量</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="299"/>
        <location filename="../../gui/text/programme.py" line="116"/>
        <location filename="../../gui/text/programme.py" line="183"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="302"/>
        <source>What the programme costs each month, the stages one after another (%s months; the largest, month %s: %s).</source>
        <translation>プログラムの月ごとの費用。段階は順に進みます（%s か月。最大は %s か月目の %s）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="305"/>
        <source>The cluster is bought: the months show its depreciation as the programme uses it; the purchase itself, %s, is paid up front.</source>
        <translation>クラスタは購入：各月はプログラムが使う分の減価償却を示します。購入代金 %s は初期に支払います。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="315"/>
        <source>Plan serving to weigh a smaller model that thinks longer against a larger one that answers directly.</source>
        <translation>推論提供を計画すると、長く考える小さなモデルと直接答える大きなモデルを比べられます。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="337"/>
        <source>Total programme cost against the model&apos;s size at %s queries a day. A smaller model must think longer to answer as well; a larger one can leave out reasoning, down to the answer itself. How much test-time compute stands in for training compute is uncertain: one decade of it for %s–%s decades of training (Epoch AI 2023, across techniques), up to %s decades saved; the band spans that range. Snell et al. (2024) find the two not one-for-one exchangeable: thinking longer wins on easy and medium questions, a larger model on hard ones.</source>
        <translation>1日 %s クエリでの、モデル規模ごとのプログラム総費用。小さなモデルが同じ質で答えるには長く考える必要があり、大きなモデルは推論トークンを減らせます（回答そのものまで）。推論時の計算量が学習の計算量をどれだけ代替するかは不確かです：推論を10倍にすると学習の %s–%s 桁分（Epoch AI 2023、手法による）、節約は最大 %s 桁まで。帯はその範囲です。Snell ほか（2024）は両者が1対1では交換できないとしています：易しい・中程度の問題では長く考える方が、難しい問題では大きなモデルが有利です。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="345"/>
        <source>this plan: %s parameters, %s</source>
        <translation>この計画：%s パラメータ、%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="347"/>
        <source>least cost at the middle rate: %s parameters, %s</source>
        <translation>中央の交換率で最小の費用：%s パラメータ、%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="354"/>
        <source>The model&apos;s training compute counted by the rules: %s FLOP (pre-training and post-training; experiments on other models are not counted).</source>
        <translation>規制が数えるモデルの学習計算量：%s FLOP（事前学習と事後学習。他のモデルでの実験は数えません）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/programme.py" line="373"/>
        <source>The documentation figures are on the clipboard.</source>
        <translation>文書用の数値をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="125"/>
        <location filename="../../gui/reports/slides.py" line="526"/>
        <location filename="../../gui/reports/slides.py" line="640"/>
        <location filename="../../gui/reports/xlsx.py" line="131"/>
        <location filename="../../gui/text/tables.py" line="151"/>
        <location filename="../../gui/text/tables.py" line="411"/>
        <source>Model size</source>
        <translation>モデル規模</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="126"/>
        <location filename="../../gui/reports/xlsx.py" line="140"/>
        <location filename="../../gui/text/tables.py" line="154"/>
        <location filename="../../gui/text/tables.py" line="413"/>
        <location filename="../../engine/sensitivity.py" line="26"/>
        <source>Predicted loss</source>
        <extracomment>(path, label) of the inputs that are moved: the fields the schema marks ``sensitivity``, in its order. Labels are the schema&apos;s (English, marked for the GUI&apos;s translation). (attribute of Plan, label): what is measured.</extracomment>
        <translation>予測損失</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/compare.py" line="26"/>
        <source>Compare scenarios</source>
        <translation>シナリオの比較</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/compare.py" line="30"/>
        <source>Tinted: differs from the first scenario. Use File → Duplicate scenario to explore a change side by side.</source>
        <translation>色付きのセル：最初のシナリオと異なる値。「ファイル → シナリオを複製」で、変更を並べて検討できます。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/compare.py" line="59"/>
        <source>Not compared, no plan: %s</source>
        <translation>計画がないため比較対象外：%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="127"/>
        <location filename="../../gui/text/tables.py" line="156"/>
        <location filename="../../engine/sensitivity.py" line="28"/>
        <source>Wall-clock</source>
        <translation>学習期間</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="128"/>
        <location filename="../../gui/reports/xlsx.py" line="145"/>
        <location filename="../../gui/reports/xlsx.py" line="298"/>
        <location filename="../../gui/text/tables.py" line="157"/>
        <source>Accelerator-hours</source>
        <translation>アクセラレータ稼働時間</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="129"/>
        <location filename="../../gui/reports/xlsx.py" line="147"/>
        <source>Average power</source>
        <translation>平均電力</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="53"/>
        <location filename="../../gui/app/summary.py" line="129"/>
        <location filename="../../gui/app/summary.py" line="296"/>
        <location filename="../../gui/reports/slides.py" line="531"/>
        <location filename="../../gui/reports/slides.py" line="646"/>
        <location filename="../../gui/reports/xlsx.py" line="150"/>
        <location filename="../../gui/text/tables.py" line="161"/>
        <location filename="../../gui/text/tables.py" line="415"/>
        <location filename="../../engine/sensitivity.py" line="27"/>
        <source>Total cost</source>
        <translation>総費用</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="130"/>
        <location filename="../../gui/reports/slides.py" line="532"/>
        <location filename="../../gui/reports/slides.py" line="647"/>
        <location filename="../../gui/reports/xlsx.py" line="151"/>
        <location filename="../../gui/reports/xlsx.py" line="299"/>
        <location filename="../../gui/text/programme.py" line="116"/>
        <location filename="../../gui/text/tables.py" line="165"/>
        <location filename="../../gui/text/tables.py" line="416"/>
        <source>CO₂</source>
        <translation>CO₂排出量</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="126"/>
        <source>Lifetime compute</source>
        <translation>総計算量（学習＋推論）</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="151"/>
        <source>The 95% range is the spread the scaling law&apos;s uncertainty allows: the compute-optimal allocation at this compute, or the one that reaches the target loss.</source>
        <extracomment>why the cards show the last valid plan and not the current inputs&apos; (hidden while they agree)</extracomment>
        <translation>95%の幅は、スケーリング則の不確かさから見込まれる範囲です（この計算量での計算最適な配分、または目標損失に到達する配分）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="154"/>
        <source>Loss: how well the trained model predicts text (cross-entropy, in nats per token); lower is better. The band is the 95% range of the scaling law&apos;s uncertainty.</source>
        <translation>損失：学習したモデルが文章をどれだけうまく予測できるかの指標（交差エントロピー、単位はnats/トークン）。小さいほど良いモデルです。幅はスケーリング則の不確かさによる95%の範囲です。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="156"/>
        <location filename="../../gui/app/summary.py" line="313"/>
        <source>Training compute: the floating-point operations of the whole run, about 6 × parameters × training tokens.</source>
        <translation>計算量：学習全体の浮動小数点演算の回数。おおよそ 6 × パラメータ数 × 学習トークン数 です。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="158"/>
        <source>Training tokens: how much text the model reads during training (repeats included).</source>
        <translation>学習トークン数：学習中にモデルが読む文章の量（繰り返し分を含む）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="160"/>
        <source>Model size: the number of parameters.</source>
        <translation>モデル規模：パラメータの数。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="161"/>
        <source>How many times the unique tokens on hand are read, and what that is worth in fresh data (Muennighoff et al. 2023).</source>
        <translation>手持ちの固有トークンを何回読むか、またそれが新規データ何回分の価値に相当するか（Muennighoff et al. 2023）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="163"/>
        <source>Average facility draw over the run; the peak at full draw is what the site must deliver. For scale: Llama 3&apos;s cluster ≈ 27 MW (Epoch AI estimate), xAI&apos;s Colossus ≈ 280 MW (Epoch AI, 2025), the largest sites of 2026 ≈ 1 GW (Epoch AI Frontier Data Centers hub, November 2025).</source>
        <translation>学習期間中の施設全体の平均消費電力です。最大消費時のピークは、施設が供給しなければならない電力です。目安：Llama 3 のクラスタ ≈ 27 MW（Epoch AI の推定）、xAI の Colossus ≈ 280 MW（Epoch AI、2025年）、2026年の最大級の施設 ≈ 1 GW（Epoch AI Frontier Data Centers hub、2025年11月）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="167"/>
        <source>Memory one accelerator needs for training: its share of the weights, gradients and optimizer state under the sharding, plus the activations its pipeline stage keeps (Korthikanti et al. 2022), against its memory in GiB.</source>
        <translation>学習時にアクセラレータ1台が必要とするメモリ：分割方式のもとで受け持つ重み・勾配・オプティマイザ状態と、そのパイプライン段が保持する活性化（Korthikanti et al. 2022）の合計を、搭載メモリ（GiB）と比べます。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="205"/>
        <source>Not updated — these numbers are the last valid plan&apos;s. %s</source>
        <translation>未更新：表示中の数値は最後に計算できた計画のものです。%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="207"/>
        <source>No plan for these inputs: %s</source>
        <translation>この入力では計画が立てられません：%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="246"/>
        <source>lifetime</source>
        <translation>総計算量</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="248"/>
        <source>with attention</source>
        <translation>アテンション込み</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="261"/>
        <location filename="../../gui/plots/allocation.py" line="104"/>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="262"/>
        <source>of %s in all (estimated)</source>
        <translation>総数 %s（推定）</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="262"/>
        <source>of %s in all</source>
        <translation>総数 %s</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="266"/>
        <source>optimal</source>
        <translation>最適値</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="267"/>
        <source>compute-optimal</source>
        <translation>計算最適</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="268"/>
        <location filename="../../gui/text/tables.py" line="153"/>
        <source>tokens per parameter</source>
        <translation>トークン／パラメータ</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="273"/>
        <source>no uncertainty published</source>
        <translation>不確かさの公表なし</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="276"/>
        <location filename="../../gui/plots/data.py" line="62"/>
        <location filename="../../gui/reports/xlsx.py" line="128"/>
        <location filename="../../gui/text/tables.py" line="169"/>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="277"/>
        <source>worth</source>
        <translation>新規データ換算で</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="277"/>
        <source>fresh</source>
        <translation>トークン分</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="279"/>
        <location filename="../../gui/plots/data.py" line="65"/>
        <source>unique tokens not set</source>
        <translation>固有トークン数が未設定</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="285"/>
        <location filename="../../gui/text/tables.py" line="158"/>
        <source>goodput %s (from failures)</source>
        <translation>有効稼働率 %s（故障から推定）</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="285"/>
        <source>goodput %s</source>
        <translation>有効稼働率 %s</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="290"/>
        <source>peak %s</source>
        <translation>ピーク %s</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="291"/>
        <source>cap %s</source>
        <translation>上限 %s</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="145"/>
        <source>accelerator-hours</source>
        <translation>台・時間</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="293"/>
        <location filename="../../gui/text/tables.py" line="164"/>
        <source>power included in the rental</source>
        <translation>レンタル料金に電力込み</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="298"/>
        <location filename="../../gui/text/tables.py" line="161"/>
        <source>accel.</source>
        <translation>アクセラレータ費用</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="302"/>
        <location filename="../../gui/text/tables.py" line="421"/>
        <location filename="../../engine/sensitivity.py" line="33"/>
        <source>Programme cost</source>
        <extracomment>Measured as well when the scenario plans a programme (engine.programme): its total cost, serving included.</extracomment>
        <translation>プログラム費用</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="304"/>
        <source>final run %s</source>
        <translation>最終学習 %s</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="305"/>
        <source>serving %s/month</source>
        <translation>推論 %s/月</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="307"/>
        <location filename="../../gui/app/summary.py" line="308"/>
        <source>programme %s</source>
        <translation>プログラム全体 %s</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="315"/>
        <source>%s PF-days; trained in %s.</source>
        <translation>%s PF日。%sで学習。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="317"/>
        <source>With attention at %s tokens of context the accelerators do %s FLOP (%s attention); the scaling law predicts the loss from 6·N·D.</source>
        <translation>コンテキスト長 %s トークンではアテンションを含めてアクセラレータが %s FLOP を計算します（うちアテンション %s）。スケーリング則の損失予測は 6·N·D に基づきます。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="321"/>
        <source>Lifetime compute %s FLOP, of which inference %s FLOP.</source>
        <translation>総計算量 %s FLOP、うち推論 %s FLOP。</translation>
    </message>
    <message>
        <location filename="../../gui/app/summary.py" line="292"/>
        <location filename="../../gui/text/tables.py" line="163"/>
        <source>energy</source>
        <translation>電力費用</translation>
    </message>
    <message>
        <location filename="../../gui/text/severity.py" line="14"/>
        <source>error</source>
        <extracomment>one colour per severity, the same on screen, in the PDF and on slides</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../gui/text/severity.py" line="14"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/text/severity.py" line="14"/>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../gui/app/findings.py" line="26"/>
        <location filename="../../gui/reports/xlsx.py" line="155"/>
        <location filename="../../gui/reports/xlsx.py" line="442"/>
        <location filename="../../gui/text/tables.py" line="417"/>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location filename="../../gui/app/findings.py" line="44"/>
        <source>the plan shown is the last valid one.</source>
        <translation>表示中の計画は最後に有効だった入力によるものです。</translation>
    </message>
    <message>
        <location filename="../../gui/app/findings.py" line="47"/>
        <location filename="../../gui/reports/pdf.py" line="98"/>
        <location filename="../../gui/reports/xlsx.py" line="276"/>
        <source>No findings: nothing exceeds a cap and the law is used within reason.</source>
        <translation>指摘事項はありません。上限の超過はなく、スケーリング則も妥当な範囲で使われています。</translation>
    </message>
    <message>
        <location filename="../../gui/plots/loss.py" line="58"/>
        <source>Loss against compute</source>
        <extracomment>Where the reference-run labels go: names, log10 compute, loss, which are in view, and &quot;you are here&quot; (x, loss). a run label&apos;s places, its own first (LABELLED_RUNS gives the anchor of the text at the run: (1, 0), the text&apos;s top right, puts it below left)</extracomment>
        <translation>損失と計算量</translation>
    </message>
    <message>
        <location filename="../../gui/plots/loss.py" line="67"/>
        <source>few-shot emergence</source>
        <translation>少数例学習の能力が現れる範囲</translation>
    </message>
    <message>
        <location filename="../../gui/plots/loss.py" line="70"/>
        <source>EU AI Act 10²⁵</source>
        <translation>EU AI法 10²⁵</translation>
    </message>
    <message>
        <location filename="../../gui/plots/loss.py" line="77"/>
        <source>data-movement wall</source>
        <translation>データ移動の壁</translation>
    </message>
    <message>
        <location filename="../../gui/plots/loss.py" line="182"/>
        <source>you are here</source>
        <translation>現在の計画</translation>
    </message>
    <message>
        <location filename="../../gui/plots/isoflop.py" line="38"/>
        <source>IsoFLOP: loss against model size</source>
        <translation>等計算量（IsoFLOP）：損失とモデル規模</translation>
    </message>
    <message>
        <location filename="../../gui/plots/isoflop.py" line="38"/>
        <source>parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <location filename="../../gui/plots/allocation.py" line="26"/>
        <source>Compute-optimal allocation</source>
        <translation>計算最適な配分</translation>
    </message>
    <message>
        <location filename="../../gui/plots/allocation.py" line="27"/>
        <source>parameters / tokens</source>
        <translation>パラメータ数／トークン数</translation>
    </message>
    <message>
        <location filename="../../gui/plots/allocation.py" line="36"/>
        <location filename="../../gui/plots/allocation.py" line="46"/>
        <source>parameters N*</source>
        <translation>最適パラメータ数 N*</translation>
    </message>
    <message>
        <location filename="../../gui/plots/allocation.py" line="37"/>
        <location filename="../../gui/plots/allocation.py" line="47"/>
        <source>tokens D*</source>
        <translation>最適トークン数 D*</translation>
    </message>
    <message>
        <location filename="../../gui/plots/allocation.py" line="96"/>
        <source>total %s</source>
        <translation>総数 %s</translation>
    </message>
    <message>
        <location filename="../../gui/plots/allocation.py" line="138"/>
        <source>%s: %s active of %s parameters, %s FLOP</source>
        <translation>%s：パラメータ %s のうちアクティブ %s、%s FLOP</translation>
    </message>
    <message>
        <location filename="../../gui/plots/data.py" line="25"/>
        <source>Data needed against data available</source>
        <translation>必要なデータ量と手持ちのデータ量</translation>
    </message>
    <message>
        <location filename="../../gui/plots/data.py" line="36"/>
        <source>public text stock (90% CI)</source>
        <translation>公開テキストの推定総量（90%区間）</translation>
    </message>
    <message>
        <location filename="../../gui/plots/data.py" line="60"/>
        <source>unique tokens on hand</source>
        <translation>手持ちの固有トークン</translation>
    </message>
    <message>
        <location filename="../../gui/plots/data.py" line="62"/>
        <source>effective</source>
        <translation>新規データ換算</translation>
    </message>
    <message>
        <location filename="../../gui/plots/cost.py" line="39"/>
        <source>Energy and cost against days</source>
        <translation>電力量・費用と日数</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="78"/>
        <location filename="../../gui/plots/cost.py" line="39"/>
        <source>energy (MWh)</source>
        <translation>電力量（MWh）</translation>
    </message>
    <message>
        <location filename="../../gui/plots/cost.py" line="44"/>
        <source>energy cap</source>
        <translation>電力量の上限</translation>
    </message>
    <message>
        <location filename="../../gui/plots/cost.py" line="72"/>
        <source>budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../../gui/plots/cost.py" line="83"/>
        <source>energy (left)</source>
        <translation>電力量（左軸）</translation>
    </message>
    <message>
        <location filename="../../gui/plots/cost.py" line="84"/>
        <source>cost (right)</source>
        <translation>費用（右軸）</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="76"/>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="77"/>
        <location filename="../../gui/plots/cost.py" line="96"/>
        <location filename="../../gui/plots/cost.py" line="142"/>
        <source>cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="138"/>
        <source>Ready</source>
        <extracomment>windows alive (a language switch replaces the window; the new one must be referenced somewhere)</extracomment>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="179"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="180"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="181"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="182"/>
        <source>&amp;Duplicate scenario</source>
        <translation>シナリオを複製(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="183"/>
        <source>&amp;Close scenario</source>
        <translation>シナリオを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="185"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="188"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="189"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="191"/>
        <source>Export re&amp;port (PDF)…</source>
        <translation>レポート（PDF）を出力(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="192"/>
        <source>Export s&amp;lides (PPTX)…</source>
        <translation>スライド（PPTX）を出力(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="193"/>
        <source>Export spreads&amp;heet (XLSX)…</source>
        <translation>スプレッドシート（XLSX）を出力(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="195"/>
        <source>Export &amp;figures (PNG, SVG, CSV)…</source>
        <translation>グラフ（PNG、SVG、CSV）を出力(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="199"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="200"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="202"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="206"/>
        <source>&amp;Law</source>
        <translation>スケーリング則(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="207"/>
        <source>&amp;Fit to your runs…</source>
        <translation>自社の学習結果から推定(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="208"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="209"/>
        <source>&amp;Sensitivity (tornado)…</source>
        <translation>感度分析（トルネード図）(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="210"/>
        <source>&amp;Compare scenarios…</source>
        <translation>シナリオを比較(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="211"/>
        <source>&amp;What would it take…</source>
        <translation>必要な規模の検討(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="212"/>
        <source>P&amp;rogramme, serving and compliance…</source>
        <translation>プログラム・推論提供・規制(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="214"/>
        <source>&amp;Overlay the other scenarios on the plots</source>
        <translation>他のシナリオをグラフに重ねて表示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="218"/>
        <source>&amp;Presentation mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="220"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="229"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="243"/>
        <source>&amp;About ScalePlan</source>
        <translation>ScalePlanについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="240"/>
        <source>&amp;User guide</source>
        <translation>使い方ガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="241"/>
        <source>&amp;Glossary</source>
        <translation>用語集(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/help.py" line="23"/>
        <source>User guide</source>
        <extracomment>the pages, in the order of their tabs: file stem → tab title</extracomment>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/help.py" line="23"/>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/help.py" line="39"/>
        <source>ScalePlan help</source>
        <translation>ScalePlanのヘルプ</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="258"/>
        <source>Save as PNG (2×)…</source>
        <translation>PNGで保存（2倍解像度）…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="258"/>
        <source>Save as SVG…</source>
        <translation>SVGで保存…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="259"/>
        <source>Save data as CSV…</source>
        <translation>データをCSVで保存…</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="267"/>
        <location filename="../../gui/app/window.py" line="271"/>
        <source>Save plot</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="110"/>
        <location filename="../../gui/text/tables.py" line="362"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../gui/text/fields.py" line="111"/>
        <source>This scenario has no plan: %s</source>
        <translation>このシナリオには計画がありません：%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="305"/>
        <source>Change the inputs, then try again.</source>
        <translation>入力を変更してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="313"/>
        <source>Export report</source>
        <translation>レポートを出力</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="336"/>
        <source>Export slides</source>
        <translation>スライドを出力</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="357"/>
        <source>Export figures</source>
        <translation>グラフを出力</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="360"/>
        <source>Export figures to</source>
        <translation>グラフの出力先</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="284"/>
        <source>Saved %d files to %s</source>
        <translation>%d個のファイルを %s に保存しました</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="322"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="340"/>
        <location filename="../../gui/app/window.py" line="343"/>
        <source>Export spreadsheet</source>
        <translation>スプレッドシートを出力</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="441"/>
        <source>← → scenarios · Esc leaves</source>
        <translation>← → でシナリオ切替 · Esc で終了</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="533"/>
        <source>Opened as a new tab: %s</source>
        <translation>新しいタブで開きました：%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="547"/>
        <source>About ScalePlan</source>
        <translation>ScalePlanについて</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="549"/>
        <source>Plans large language-model training runs from a budget, with scaling laws from Hoffmann et al. 2022, Besiroglu et al. 2024, Kaplan et al. 2020 and Muennighoff et al. 2023.</source>
        <translation>予算から大規模言語モデルの学習を計画します。スケーリング則はHoffmann et al. 2022、Besiroglu et al. 2024、Kaplan et al. 2020、Muennighoff et al. 2023に基づきます。</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="569"/>
        <source>Not updated: these inputs have no plan (the reason is above the results).</source>
        <translation>未更新：この入力では計画が立てられません（理由は結果の上に表示）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="570"/>
        <source>No plan for these inputs (the reason is above the results).</source>
        <translation>この入力では計画が立てられません（理由は結果の上に表示）。</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="579"/>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="603"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="604"/>
        <source>“%s” has unsaved changes. Save them first?</source>
        <translation>「%s」に未保存の変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="613"/>
        <source>New scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="617"/>
        <source>Open scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="618"/>
        <source>ScalePlan scenarios (*.scaleplan.json *.json)</source>
        <translation>ScalePlanシナリオ (*.scaleplan.json *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="632"/>
        <source>Cannot open scenario</source>
        <translation>シナリオを開けません</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="633"/>
        <source>The file could not be opened:</source>
        <translation>ファイルを開けませんでした：</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="634"/>
        <source>Your current work is unchanged.</source>
        <translation>作業中の内容はそのままです。</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="641"/>
        <source>Opened %s</source>
        <translation>%s を開きました</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="738"/>
        <source>Save scenario</source>
        <translation>シナリオを保存</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="739"/>
        <source>ScalePlan scenarios (*.scaleplan.json)</source>
        <translation>ScalePlanシナリオ (*.scaleplan.json)</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="282"/>
        <location filename="../../gui/app/window.py" line="751"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="751"/>
        <source>The scenario was not saved:</source>
        <translation>シナリオは保存されませんでした：</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="285"/>
        <location filename="../../gui/app/window.py" line="756"/>
        <source>Saved %s</source>
        <translation>%s を保存しました</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="796"/>
        <source>Autosave failed: %s</source>
        <translation>自動保存に失敗しました：%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="799"/>
        <source>Autosaved for recovery</source>
        <translation>復元用に自動保存しました</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="816"/>
        <source>%d autosaved files could not be read; they were moved to %s.</source>
        <translation>自動保存ファイル%d個を読み込めなかったため、%s に移動しました。</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="819"/>
        <source>Recover unsaved work</source>
        <translation>未保存の作業を復元</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="823"/>
        <source>Recover unsaved work?</source>
        <translation>未保存の作業を復元しますか？</translation>
    </message>
    <message>
        <location filename="../../gui/app/window.py" line="824"/>
        <source>ScalePlan did not close normally. Unsaved changes to “%s” were autosaved at %s. Restore them?</source>
        <translation>ScalePlanは正常に終了しませんでした。「%s」の未保存の変更が %s に自動保存されています。復元しますか？</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="661"/>
        <source>Or shorten the run to {fix_days:.3g} days, or use {fix_count:,} accelerators.</source>
        <translation>または、学習期間を{fix_days:.3g}日に短縮するか、アクセラレータを{fix_count:,}台にしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="655"/>
        <source>Or aim for a smaller model or fewer tokens (or a higher target loss).</source>
        <translation>または、モデルを小さくするかトークン数を減らしてください（目標損失を上げる方法もあります）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="639"/>
        <source>With {unique_tokens:short} unique tokens, {law} cannot go below a loss of {floor:.4g}, and {c_min:sci} FLOP ({share:pct} of this run) already reaches it: more compute does not help with this data.</source>
        <extracomment>Repeated data is graded by what its last epoch is worth (Muennighoff et al. 2023, arXiv:2305.16264, eq. 5). With R = epochs − 1 repetitions of U unique tokens the effective tokens are U·(1 + R*·(1 − e^(−R/R*))), so a repeated token adds e^(−R/R*) of a fresh one: the last epoch is worth e^(−R/R*), and 1 − e^(−R/R*) of all that repeating can ever add is already spent. Information while the last epoch is worth at least half a fresh one (R ≤ R*·ln 2, the half-life of repeated data); a warning below; an error only once it is worth ≤ 5% (R ≥ R*·ln 20 ≈ 3 R*: 95% of what repetition can add is spent, more epochs are compute for nothing). With R_D* = 15.39: up to 11.7 epochs information; 17 epochs 35% and 40 epochs 8% warnings; 47.1 an error. The same limits in epochs for Muennighoff et al.&apos;s R_D* (a data-constrained law may carry its own). Extrapolation of a law in compute is graded by how far outside the runs it was fitted on: information within these factors, a warning beyond. The evidence is the law&apos;s own band: a bootstrap of Epoch AI&apos;s 240 Chinchilla runs (engine.fit on ../shared/reference/epoch_chinchilla_fig4_runs.csv minus the 5 highest losses, 1,000 resamples, seed 0) gives a 95% band of L*(C) of ±0.013 nats at the largest run (1.3e22 FLOP) that doubles, to ±0.026, at ~80× (1e24 FLOP), and doubles its ±0.012 at the smallest run (1.4e18) only ~3.5× below it. Two decades above also covers the test Hoffmann et al. 2022 made of their own allocation: Chinchilla, trained at 5.76e23 FLOP (44× their largest run), beat Gopher as predicted. Tokens per parameter of the runs a preset was fitted on, where they are known: Epoch AI&apos;s 240 runs read off Hoffmann et al. 2022 Fig. 4 (the CSV above minus the 5 highest losses, D = C/(6N)) span 0.456 (1.79e9 parameters at 8.8e18 FLOP) to 341 (7.4e7 parameters at 1.1e19 FLOP) tokens per parameter; the Chinchilla presets were fitted on the same sweep. Kaplan, Muennighoff and fitted laws declare no range. Tokens per parameter outside that range: information within one decade, a warning beyond. In the same bootstrap, at 1e20 FLOP the loss band doubles within about a decade past the runs&apos; ratios (±0.009 nats at 341 tokens per parameter, ±0.018 at ~3,400; at 0.46 ±0.013, ±0.045 at 0.046); at 1e21–1e22 FLOP it widens more slowly. One decade is the faster case, rounded. Runs longer than about 9 months are likely outpaced by runs that start later on better hardware and algorithms (Emberson &amp; Edelman 2025, Epoch AI, &quot;Frontier training runs will likely stop getting longer by around 2027&quot;, https://epoch.ai/data-insights/longest-training-run: &quot;training runs lasting more than 9 months may be inefficient&quot;; Epoch AI&apos;s 2022 &quot;The longest training run&quot; had 15 months, with slower algorithmic progress). Published frontier runs take weeks to a few months (Llama 3.1 405B: 30.84M H100-hours on 16,384 GPUs ≈ 78 days; BLOOM 118 days). The compute-optimal choice at this compute, for comparison with what the plan does. The 95 % range of the model size and tokens across the law&apos;s parameter draws, like loss_low/high (None when the law has no uncertainty, or where draws that have no finite allocation reach into the range). compute_optimal: the spread of the compute-optimal allocation at the plan&apos;s compute. target_loss: the spread of the N and D that reach the target with the least lifetime compute (inference included). fixed_params and fixed_run: None — N (and D) are given, and the law&apos;s uncertainty is in the loss. Parameters a token uses (what compute follows; ``n_params``) and all of them (what memory follows): equal for a dense model. True when the total of a mixture of experts is estimated from its experts. FLOP the accelerators do: the law&apos;s 6·N·D plus attention&apos;s 12·L·d·T per token (PaLM App. B) when the scenario gives a context; days, energy and cost follow it. ``compute_flop`` stays the law&apos;s 6·N·D. Memory of one accelerator (its pipeline stage&apos;s share of the state and activations), in GiB. A mixture of experts under the joint MoE law (Ludziejewski et al. 2025; None for a dense model): the law&apos;s expert count E, the compute a dense model needs for the same loss as a multiple of this one&apos;s, the law&apos;s own compute-optimal active size and tokens at the plan&apos;s compute, and how many decades outside its fitted runs that is. The plan&apos;s loss stays the chosen law&apos;s for a dense model of the active size (its own dense-equivalent; the experts&apos; gain is this multiplier). Issue 15 — can the cluster finish: the goodput used (typed or from failures), the share failures waste and the interruptions over the run (None with goodput as typed), the batch (DeepSeek LLM&apos;s B_opt), optimiser steps, tokens per accelerator per step, the largest cluster the batch can use and the shortest run it allows, and the facility&apos;s peak power. The sharding planned: the scenario&apos;s degrees, or those the plan chose where it leaves them open. What a run writes and serves, from all the parameters: a checkpoint (the whole training state, to resume from) and the weights in BF16 (what inference loads). Issue 16 — what one accelerator-hour costs under the cost basis (a bought cluster&apos;s: its purchase written off), the lifetime inference tokens used (the serving section&apos;s when there is one), and the programme and serving when the scenario plans them (engine.programme; None otherwise). keys of ``to_dict`` in order (the stable JSON contract of DESIGN.md §3 plus additions) Passes of the compute-optimal allocation with attention&apos;s FLOP taken out of the hardware&apos;s: the share moves with the model&apos;s width as N^(−1/3), so each pass shrinks the error about threefold; four passes leave it below 10⁻³ of the share (tests/engine/test_architecture.py). How close to the lowest loss a data-constrained law allows a plan must come for more compute to be of no use: 10⁻⁶ nats, a millionth of a nat — far below the ~1 % run-to-run noise of a loss (the plan is then past ~200 epochs of its unique data, where each further epoch is worth e^(−200/15.4) ≈ 2 × 10⁻⁶ of fresh data).</extracomment>
        <translation>固有トークンが{unique_tokens:short}しかない場合、{law}では損失を{floor:.4g}より下げられません。{c_min:sci} FLOP（この学習の{share:pct}）ですでにそこに到達しており、このデータのままでは計算量を増やしても改善しません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="642"/>
        <source>Add unique tokens, or spend less: about {days:.3g} days on this cluster reach the same loss.</source>
        <translation>固有トークンを増やすか、費用を減らしてください。このクラスタなら約{days:.3g}日で同じ損失に到達します。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="663"/>
        <source>Or shorten the run to {fix_days:.3g} days, or use a single accelerator.</source>
        <translation>または、学習期間を{fix_days:.3g}日に短縮するか、アクセラレータを1台にしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="665"/>
        <source>Or shorten the run to {fix_days:.3g} days.</source>
        <translation>または、学習期間を{fix_days:.3g}日に短縮してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="667"/>
        <source>Or use {fix_count:,} of the accelerators.</source>
        <translation>または、アクセラレータを{fix_count:,}台にしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="685"/>
        <source>At {compute_flop:sci} FLOP, {law} puts the model at {n_params:short} parameters and {n_tokens:short} tokens, below the smallest run ScalePlan plans ({min_params:short} parameters, {min_tokens:short} tokens): at this scale its numbers mean nothing.</source>
        <translation>{compute_flop:sci} FLOPでは、{law}によるモデルは{n_params:short}パラメータ・{n_tokens:short}トークンとなり、ScalePlanが計画できる最小の学習（{min_params:short}パラメータ、{min_tokens:short}トークン）を下回ります。この規模では数値に意味がありません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="688"/>
        <source>Give the run more compute (accelerators, days, MFU), or check the law&apos;s constants.</source>
        <translation>計算量を増やす（アクセラレータ数・日数・MFU）か、スケーリング則の定数を確認してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="693"/>
        <source>At {compute_flop:sci} FLOP, {law} puts the model at {n_params:short} parameters and {n_tokens:short} tokens, beyond the largest run ScalePlan plans ({max_params:short} parameters, {max_tokens:short} tokens): at this scale its numbers mean nothing.</source>
        <translation>{compute_flop:sci} FLOPでは、{law}によるモデルは{n_params:short}パラメータ・{n_tokens:short}トークンとなり、ScalePlanが計画できる最大の学習（{max_params:short}パラメータ、{max_tokens:short}トークン）を超えます。この規模では数値に意味がありません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="696"/>
        <source>Plan a smaller run (or a higher target loss), or check the law&apos;s constants.</source>
        <translation>より小さな学習を計画する（または目標損失を上げる）か、スケーリング則の定数を確認してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="702"/>
        <source>{law} predicts a loss of {loss:.3g} nats/token, above {max_loss:g}: worse than guessing among hundreds of millions of tokens, so its constants or this scale are outside where it holds.</source>
        <translation>{law}の予測損失は{loss:.3g} nats/トークンで、{max_loss:g}を超えます。数億種類のトークンから当てずっぽうに選ぶより悪い値です。スケーリング則の定数が誤っているか、この規模がスケーリング則の成り立つ範囲から外れています。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="705"/>
        <source>Check the law&apos;s constants (A, B, α, β), or plan closer to the runs it was fitted on.</source>
        <translation>スケーリング則の定数（A、B、α、β）を確認するか、推定に使われた学習に近い規模で計画してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="711"/>
        <source>On this cluster the run takes {days:,.0f} days ({years:.3g} years), beyond the {max_days:,.0f} days a plan can span.</source>
        <translation>このクラスタでは学習に{days:,.0f}日（{years:.3g}年）かかり、計画できる期間の上限{max_days:,.0f}日を超えます。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="713"/>
        <location filename="../../engine/planner.py" line="1183"/>
        <source>Use more or faster accelerators, or plan a smaller run.</source>
        <translation>アクセラレータを増やすか高速なものにするか、より小さな学習を計画してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="744"/>
        <source>Tensor {tensor:,} × pipeline {pipeline:,} × expert {expert:,} parallel does not divide a cluster of {count:,}: some accelerators would sit idle, or there are too few.</source>
        <translation>テンソル並列 {tensor:,} × パイプライン並列 {pipeline:,} × エキスパート並列 {expert:,} は {count:,} 台のクラスタを割り切れません。遊休のアクセラレータが出るか、台数が足りません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="746"/>
        <source>Use degrees whose product divides the accelerator count (powers of two for a power-of-two cluster).</source>
        <translation>積がアクセラレータ数を割り切る並列度を使ってください（台数が2の累乗なら2の累乗）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="770"/>
        <source>That is {share:pct} of its memory: allocator and framework buffers need a few GiB more.</source>
        <translation>これはメモリの {share:pct} です。アロケータやフレームワークのバッファにさらに数 GiB 必要です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="772"/>
        <source>Leave headroom: more recomputation or one more step of model parallelism.</source>
        <translation>余裕を残してください。再計算を増やすか、モデル並列を一段増やします。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="775"/>
        <source>The training state alone does not fit.</source>
        <translation>学習状態だけで収まりません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="776"/>
        <source>The activations do not fit beside the training state.</source>
        <translation>学習状態に加えて活性化を載せる余地がありません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="797"/>
        <location filename="../../engine/planner.py" line="801"/>
        <source>Or use accelerators with more memory, or a smaller model.</source>
        <translation>または、メモリの大きいアクセラレータか、より小さいモデルを使ってください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="805"/>
        <source>No sharding of {count:,} of these accelerators holds it: the state alone needs at least {need_count:,} of them, fully sharded, before activations.</source>
        <translation>このアクセラレータ {count:,} 台ではどう分割しても収まりません。活性化を除いても、学習状態を完全に分割して少なくとも {need_count:,} 台必要です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="807"/>
        <source>Use more accelerators, accelerators with more memory, or a smaller model.</source>
        <translation>アクセラレータを増やすか、メモリの大きいアクセラレータか、より小さいモデルを使ってください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="825"/>
        <source>Use fewer accelerators for longer, or make checkpoints and restarts faster.</source>
        <translation>台数を減らして期間を延ばすか、チェックポイントと再起動を速くしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="839"/>
        <source>Use fewer accelerators for longer, or a larger batch, which needs more tokens for the same loss beyond the critical batch (it grows with the data, Zhang et al. 2025).</source>
        <translation>台数を減らして期間を延ばすか、バッチを大きくしてください。ただし臨界バッチサイズを超えると同じ損失により多くのトークンが必要です（臨界バッチはデータ量とともに大きくなります。Zhang et al. 2025）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="849"/>
        <source>At full draw the site needs {peak:mw} ({count:,} × {power_w:,g} W × host {overhead:g} × PUE {pue:g}), over its cap of {cap:mw}.</source>
        <translation>最大消費時に施設は {peak:mw} を必要とし（{count:,} × {power_w:,g} W × ホスト {overhead:g} × PUE {pue:g}）、上限 {cap:mw} を超えます。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="851"/>
        <source>At most {largest:,} of these accelerators fit the cap; raise the cap, or use fewer accelerators for longer.</source>
        <translation>上限に収まるのはこのアクセラレータ最大 {largest:,} 台です。上限を上げるか、台数を減らして期間を延ばしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="853"/>
        <source>Not one of these accelerators fits the cap: raise it.</source>
        <translation>このアクセラレータは1台も上限に収まりません。上限を上げてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="860"/>
        <source>{flop:sci} FLOP is beyond the latency wall: a run above about 10³¹ FLOP is infeasible in about three months even at low utilisation (Erdil &amp; Schneider-Joseph 2024).</source>
        <translation>{flop:sci} FLOP はレイテンシの壁を超えています。約 10³¹ FLOP を超える学習は、低い演算効率でも約3か月では実現できません（Erdil &amp; Schneider-Joseph 2024）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="862"/>
        <source>Plan a smaller run, or a much longer one.</source>
        <translation>より小さい学習か、はるかに長い学習を計画してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="866"/>
        <source>{flop:sci} FLOP is beyond about 10²⁸, where moving data between and within accelerators starts to lower utilisation for a three-month run (Erdil &amp; Schneider-Joseph 2024): the MFU entered is likely optimistic.</source>
        <translation>{flop:sci} FLOP は約 10²⁸ を超えています。3か月の学習では、アクセラレータ間・内部のデータ移動が演算効率を下げ始める規模です（Erdil &amp; Schneider-Joseph 2024）。入力した MFU は楽観的な可能性があります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="869"/>
        <source>Plan on a lower MFU, or a longer run.</source>
        <translation>MFU を低めに見積もるか、期間を延ばしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="887"/>
        <source>{law} sees the {active:short} active parameters ({total:short} in all) as a dense model: its loss is that of a dense model of the active size, which a mixture of experts beats at the same compute.</source>
        <extracomment>Decades outside the joint MoE law&apos;s fitted runs beyond which its numbers are a warning, not information: one decade, the law&apos;s own runs span about 1.5 decades of active size (79M–2.7B) and 2.2 of tokens.</extracomment>
        <translation>{law}はアクティブな {active:short} パラメータ（総数 {total:short}）を密モデルとして扱います。損失はアクティブ規模の密モデルのもので、同じ計算量なら混合エキスパートのほうが低くなります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="894"/>
        <source>Under the joint MoE law (Ludziejewski et al. 2025, eq. 6, Table 3), {experts:,} experts with {active_experts:,} active and {shared:,} shared (E = {e:.3g}) are worth {multiplier:.2g}× the compute of a dense model; at this compute that law&apos;s optimum is {n_opt:short} active parameters on {d_opt:short} tokens.</source>
        <translation>結合MoEスケーリング則（Ludziejewski et al. 2025、式6、表3）では、エキスパート {experts:,}（アクティブ {active_experts:,}、共有 {shared:,}、E = {e:.3g}）は密モデルの計算量 {multiplier:.2g} 倍に相当します。この計算量でのこのスケーリング則の最適点は、アクティブ {n_opt:short} パラメータ、{d_opt:short} トークンです。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="900"/>
        <source>That law was fitted on 79 M–2.7 B active parameters, 0.5–80 B tokens and up to 32 experts: this is {decades:.1f} decades beyond, so read its numbers as a direction, not a forecast.</source>
        <translation>このスケーリング則はアクティブ 7,900万〜27億パラメータ、5億〜800億トークン、エキスパート最大32で当てはめられています。ここはその範囲を {decades:.1f} 桁超えているため、数値は予測ではなく傾向として読んでください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="914"/>
        <source>(An MFU of {mfu:pct} of the FP8 peak is {bf16:pct} of the BF16 peak published runs report against.)</source>
        <translation>（FP8ピークに対する MFU {mfu:pct} は、公開されている学習が基準とするBF16ピークに対して {bf16:pct} です。）</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="922"/>
        <source>Use 17–25% of the FP8 peak unless you have measured more on this cluster.</source>
        <translation>このクラスタで実測していない限り、FP8ピークの17〜25%を使ってください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="933"/>
        <source>Use 17–25% of the FP8 peak unless you have measured less on this cluster.</source>
        <translation>このクラスタで実測していない限り、FP8ピークの17〜25%を使ってください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="951"/>
        <source>The catalogue gives the {accelerator} no FP8 peak: it has no FP8 matrix units, so the run cannot train in FP8 at the peak entered.</source>
        <translation>カタログには{accelerator}のFP8ピークがありません。FP8の行列演算ユニットがないため、入力されたピークでFP8学習はできません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="953"/>
        <source>Set the precision to BF16, or choose an accelerator with FP8 (H100 or later, MI300X).</source>
        <translation>数値精度をBF16にするか、FP8対応のアクセラレータ（H100以降、MI300X）を選んでください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="963"/>
        <source>The peak, {peak:sci} FLOP/s, is the {accelerator}&apos;s dense {other} peak, but the run trains in {precision}, whose dense peak is {right:sci} FLOP/s: compute, days and cost are off by {factor:.2g}×.</source>
        <translation>ピーク {peak:sci} FLOP/s は{accelerator}の{other}での密ピークですが、学習は{precision}で、その密ピークは {right:sci} FLOP/s です。計算量・日数・費用が {factor:.2g} 倍ずれます。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="966"/>
        <source>Set the peak to {right:sci} FLOP/s, or the precision to {other}.</source>
        <translation>ピークを {right:sci} FLOP/s にするか、数値精度を{other}にしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="983"/>
        <source>The last epoch is worth about {last_epoch:pct} of a fresh one.</source>
        <translation>最後の1エポックの価値は、新規データ1エポック分の約{last_epoch:pct}です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="994"/>
        <source>Find more unique data (about {needed:short} tokens for ≤ {sound_epochs:,.0f} epochs), or spend the compute on a smaller budget.</source>
        <translation>固有データを増やす（{sound_epochs:,.0f}エポック以内に収めるには約{needed:short}トークン）か、予算を減らして計算量を抑えてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1019"/>
        <source>The scenario gives {n_tokens:short} unique tokens, {ratio:.2g}× the estimated stock of public human text ({stock:short} tokens, 90% interval {stock_lo:short}–{stock_hi:short}; Villalobos et al. 2024).</source>
        <translation>シナリオの固有トークン数{n_tokens:short}は、人間が書いた公開テキストの推定総量（{stock:short}トークン、90%区間{stock_lo:short}～{stock_hi:short}、Villalobos et al. 2024）の{ratio:.2g}倍です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1022"/>
        <source>Check the unique tokens: beyond the public stock they have to be synthetic or private data.</source>
        <translation>固有トークン数を確認してください。公開テキストの総量を超える分は、合成データか非公開データである必要があります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1026"/>
        <source>The plan trains on {n_tokens:short} tokens, all counted as unique since the scenario gives no unique tokens: {ratio:.2g}× the estimated stock of public human text ({stock:short} tokens, 90% interval {stock_lo:short}–{stock_hi:short}; Villalobos et al. 2024).</source>
        <translation>シナリオに固有トークン数の指定がないため、学習トークン{n_tokens:short}をすべて固有トークンとみなします。これは人間が書いた公開テキストの推定総量（{stock:short}トークン、90%区間{stock_lo:short}～{stock_hi:short}、Villalobos et al. 2024）の{ratio:.2g}倍です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1049"/>
        <source>The plan&apos;s compute ({compute_flop:sci} FLOP) is {factor:sci}× the largest run {law} was fitted on ({largest:sci} FLOP): a modest extrapolation; the band shows how uncertain the loss is.</source>
        <translation>計画の計算量（{compute_flop:sci} FLOP）は、{law}の推定に使われた最大の学習（{largest:sci} FLOP）の{factor:sci}倍です。小幅な外挿であり、損失の不確かさは幅で確認できます。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1064"/>
        <source>The plan&apos;s compute ({compute_flop:sci} FLOP) is {factor:sci}× below the smallest run {law} was fitted on ({smallest:sci} FLOP): a modest extrapolation.</source>
        <translation>計画の計算量（{compute_flop:sci} FLOP）は、{law}の推定に使われた最小の学習（{smallest:sci} FLOP）の{factor:sci}分の1です。小幅な外挿です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1082"/>
        <source>The plan trains on {tokens_per_param:,.0f} tokens per parameter, {factor:sci}× outside the {lo:.2g}–{hi:,.0f} tokens per parameter of the runs {law} was fitted on.</source>
        <translation>この計画ではパラメータあたり{tokens_per_param:,.0f}トークンを学習します。{law}の推定に使われた学習の範囲（パラメータあたり{lo:.2g}～{hi:,.0f}トークン）から{factor:sci}倍外れています。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1087"/>
        <source>Its loss at this ratio is an extrapolation and may be far off.</source>
        <translation>この比率での損失は外挿であり、大きく外れる可能性があります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1088"/>
        <source>Move toward {lo:.2g}–{hi:,.0f} tokens per parameter, or fit a law to runs at this ratio.</source>
        <translation>パラメータあたり{lo:.2g}～{hi:,.0f}トークンに近づけるか、この比率の学習結果からスケーリング則を推定してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1095"/>
        <source>Post-training adds {post:sci} FLOP: with it the model&apos;s training compute, {total:sci} FLOP, is above the EU&apos;s 10²³ FLOP indicative criterion for a general-purpose AI model, which pre-training alone ({pre:sci}) is not.</source>
        <extracomment>A threshold the model crosses only with its post-training, by threshold id (resources/compliance.json).</extracomment>
        <translation>事後学習で {post:sci} FLOP が加わり、モデルの学習計算量は {total:sci} FLOP と、EUの汎用AIモデルの目安 10²³ FLOP を超えます。事前学習だけ（{pre:sci}）では超えません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1098"/>
        <source>Post-training adds {post:sci} FLOP: with it the model&apos;s training compute, {total:sci} FLOP, is above the EU AI Act&apos;s 10²⁵ FLOP, presumed systemic risk, which pre-training alone ({pre:sci}) is not.</source>
        <translation>事後学習で {post:sci} FLOP が加わり、モデルの学習計算量は {total:sci} FLOP と、EU AI法の 10²⁵ FLOP（システミックリスクの推定）を超えます。事前学習だけ（{pre:sci}）では超えません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1101"/>
        <source>Post-training adds {post:sci} FLOP: with it the model&apos;s training compute, {total:sci} FLOP, is above California SB 53&apos;s 10²⁶ for a frontier model, which pre-training alone ({pre:sci}) is not.</source>
        <translation>事後学習で {post:sci} FLOP が加わり、モデルの学習計算量は {total:sci} FLOP と、カリフォルニア州 SB 53 のフロンティアモデルの 10²⁶ を超えます。事前学習だけ（{pre:sci}）では超えません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1106"/>
        <source>The rule counts fine-tuning: document the model as a general-purpose AI model.</source>
        <translation>このルールはファインチューニングも数えます。汎用AIモデルとして文書化してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1107"/>
        <source>The rule counts fine-tuning: notify the European Commission within two weeks of knowing the threshold will be met — before the post-training, on this plan.</source>
        <translation>このルールはファインチューニングも数えます。閾値を超えると分かってから2週間以内に欧州委員会へ通知してください。この計画では事後学習の前です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1109"/>
        <source>The statute counts fine-tuning and reinforcement learning: plan for a frontier developer&apos;s transparency duties.</source>
        <translation>この法律はファインチューニングと強化学習も数えます。フロンティア開発者の透明性義務に備えてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1124"/>
        <source>The programme costs {total:money}, {over_cost:money} over the budget of {budget:money}, though the final run alone ({run:money}) fits.</source>
        <translation>プログラムの費用は {total:money} で、予算 {budget:money} を {over_cost:money} 超えます。最終学習だけ（{run:money}）なら予算内です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1126"/>
        <source>Raise the budget to cover the whole programme, or plan less development or post-training.</source>
        <translation>プログラム全体を賄うよう予算を増やすか、開発や事後学習を減らしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1149"/>
        <source>The run needs {energy_mwh:mwh}, {over_mwh:mwh} ({over:pct}) over the cap of {cap_mwh:mwh}.</source>
        <translation>この学習には{energy_mwh:mwh}が必要で、上限{cap_mwh:mwh}を{over_mwh:mwh}（{over:pct}）超えます。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1151"/>
        <source>Raise the cap or lower PUE.</source>
        <translation>上限を引き上げるか、PUEを下げてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1159"/>
        <source>The run costs {total_cost:money}, {over_cost:money} ({over:pct}) over the budget of {budget:money}.</source>
        <translation>この学習の費用は{total_cost:money}で、予算{budget:money}を{over_cost:money}（{over:pct}）超えます。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1161"/>
        <source>Raise the budget or negotiate a lower accelerator-hour price.</source>
        <translation>予算を増やすか、1台1時間あたりの単価の引き下げを交渉してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="981"/>
        <source>{epochs:.3g} epochs are worth about {effective_epochs:.3g} epochs of fresh data (Muennighoff et al. 2023).</source>
        <translation>{epochs:.3g}エポックの繰り返しは、新規データ約{effective_epochs:.3g}エポック分の価値しかありません（Muennighoff et al. 2023）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="985"/>
        <source>{law} assumes fresh data, so its loss is optimistic; choose muennighoff-2023 to model repetition.</source>
        <translation>{law}は新規データだけを前提とするため、予測損失は楽観的です。データの繰り返しを考慮するには、スケーリング則「データ制約（Muennighoff et al. 2023）、C4」を選んでください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="992"/>
        <source>The plan repeats the {unique_tokens:short} unique tokens {epochs:.3g} times; beyond ~{limit:.0f} epochs repeated data adds almost nothing.</source>
        <translation>この計画は{unique_tokens:short}個の固有トークンを{epochs:.3g}回繰り返します。約{limit:.0f}エポックを超える繰り返しは、ほとんど効果がありません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1000"/>
        <source>The plan repeats the unique tokens {epochs:.3g} times.</source>
        <translation>この計画は固有トークンを{epochs:.3g}回繰り返します。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1001"/>
        <source>About {needed:short} unique tokens would keep it within {limit:.0f} epochs.</source>
        <translation>固有トークンが約{needed:short}あれば{limit:.0f}エポック以内に収まります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1003"/>
        <source>The plan sees the unique tokens {epochs:.3g} times.</source>
        <translation>この計画では固有トークンを{epochs:.3g}回繰り返して学習します。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1029"/>
        <source>Plan on repeated, synthetic or private data, or a smaller token budget.</source>
        <translation>繰り返し・合成・非公開データの利用を計画するか、トークン数を減らしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1042"/>
        <source>The plan&apos;s compute ({compute_flop:sci} FLOP) is {factor:,.0f}× the largest run {law} was fitted on ({largest:sci} FLOP): {decades:.1f} decades of extrapolation, so the loss and the allocation are uncertain.</source>
        <translation>計画の計算量（{compute_flop:sci} FLOP）は、{law}の推定に使われた最大の学習（{largest:sci} FLOP）の{factor:,.0f}倍です。{decades:.1f}桁の外挿になるため、損失と配分は不確かです。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1045"/>
        <source>Compare laws, read the band, or fit a law to runs closer to this scale.</source>
        <translation>複数のスケーリング則を比較して95%の幅を確認するか、この規模に近い学習結果からスケーリング則を推定してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1058"/>
        <source>The plan&apos;s compute ({compute_flop:sci} FLOP) is {factor:,.0f}× below the smallest run {law} was fitted on ({smallest:sci} FLOP).</source>
        <translation>計画の計算量（{compute_flop:sci} FLOP）は、{law}の推定に使われた最小の学習（{smallest:sci} FLOP）の{factor:,.0f}分の1です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1060"/>
        <source>Small runs are cheap: measure instead of predicting.</source>
        <translation>小さな学習は安価です。予測するより実測してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="919"/>
        <source>An MFU of {mfu:pct} is above what published large runs reach (PaLM 46%, Llama 3 405B 38–43%, MegaScale 55%); compute, days and cost are likely optimistic.</source>
        <translation>MFU {mfu:pct}は、公開された大規模学習の実績（PaLM 46%、Llama 3 405B 38～43%、MegaScale 55%）を上回ります。計算量・日数・費用は楽観的な見積もりになっている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="719"/>
        <source>No activations are recomputed.</source>
        <extracomment>What is recomputed, as a sentence of its own (a template, so that it is translated with the message).</extracomment>
        <translation>活性化は再計算しません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="720"/>
        <source>Attention is recomputed in the backward pass (selective recomputation).</source>
        <translation>アテンションは逆伝播で再計算します（選択的再計算）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="722"/>
        <source>Each layer is recomputed from its input (full recomputation).</source>
        <translation>各層を入力から再計算します（完全再計算）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="724"/>
        <source>Selective recomputation would fit.</source>
        <extracomment>A change of recomputation as a fix (templates, for the same reason).</extracomment>
        <translation>選択的再計算なら収まります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="725"/>
        <source>Full recomputation would fit.</source>
        <translation>完全再計算なら収まります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="726"/>
        <source>with no recomputation.</source>
        <translation>再計算なし。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="727"/>
        <source>with selective recomputation.</source>
        <translation>選択的再計算。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="728"/>
        <source>with full recomputation.</source>
        <translation>完全再計算。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="761"/>
        <source>One accelerator needs {need:gib} of its {capacity:gib}: {state:gib} of training state ({n_total:short} parameters × {bytes_per_param:g} bytes in {precision}, {total_state:gib} in all, over tensor {tensor:,} × pipeline {pipeline:,} × expert {expert:,} parallel and ZeRO stage {zero:,} over {data:,} replicas) and {activations:gib} of activations ({layers:,} layers × {sequence:,} tokens).</source>
        <translation>アクセラレータ1台に {need:gib} が必要で、搭載は {capacity:gib} です。内訳は学習状態 {state:gib}（{precision}で {n_total:short} パラメータ × {bytes_per_param:g} バイト、全体で {total_state:gib}。テンソル並列 {tensor:,} × パイプライン並列 {pipeline:,} × エキスパート並列 {expert:,}、ZeRO ステージ {zero:,}、レプリカ {data:,} 個で分割）と活性化 {activations:gib}（{layers:,} 層 × {sequence:,} トークン）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="779"/>
        <source>ZeRO stage {fix_zero_stage:,} would fit.</source>
        <translation>ZeRO ステージ {fix_zero_stage:,} なら収まります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="780"/>
        <source>Expert parallel {fix_expert:,} would fit.</source>
        <translation>エキスパート並列 {fix_expert:,} なら収まります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="781"/>
        <source>Tensor parallel {fix_tensor:,} would fit.</source>
        <translation>テンソル並列 {fix_tensor:,} なら収まります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="782"/>
        <source>Pipeline parallel {fix_pipeline:,} would fit.</source>
        <translation>パイプライン並列 {fix_pipeline:,} なら収まります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="799"/>
        <source>This sharding fits: tensor {fit_tensor:,} × pipeline {fit_pipeline:,} × expert {fit_expert:,} parallel, ZeRO stage {fit_zero:,},</source>
        <translation>次の分割なら収まります：テンソル並列 {fit_tensor:,} × パイプライン並列 {fit_pipeline:,} × エキスパート並列 {fit_expert:,}、ZeRO ステージ {fit_zero:,}、</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="822"/>
        <source>Failures cost {waste:pct} of the time: a cluster of {count:,} is interrupted every {mtbf_minutes:,.3g} minutes, checkpointing every {interval:,.3g} minutes; goodput {goodput:pct} (Llama 3 reached more than 90% on 16,384 GPUs).</source>
        <translation>故障で時間の {waste:pct} が失われます。{count:,} 台のクラスタは {mtbf_minutes:,.3g} 分ごとに中断し、チェックポイントは {interval:,.3g} 分ごとです。有効稼働率は {goodput:pct} です（Llama 3 は 16,384 GPU で 90% 超を達成）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="830"/>
        <source>Only a single accelerator helps.</source>
        <translation>役に立つのはアクセラレータ1台だけです。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="831"/>
        <source>At most {most:,} accelerators help; the shortest sensible run takes about {fastest:duration} on {fastest_count:,} of them.</source>
        <translation>役に立つのは最大 {most:,} 台で、妥当な最短期間は {fastest_count:,} 台で約 {fastest:duration} です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="835"/>
        <source>One step&apos;s batch of about {batch:short} tokens (DeepSeek LLM&apos;s B_opt, eq. 1, extrapolated from runs of 10¹⁷–2 × 10¹⁹ FLOP) gives each of the {count:,} accelerators {per:.3g} tokens a step, where each data-parallel replica needs whole sequences of {sequence:,}: more parallelism than the batch allows.</source>
        <translation>1ステップのバッチ約 {batch:short} トークン（DeepSeek LLM の B_opt、式1、10¹⁷～2 × 10¹⁹ FLOP の学習からの外挿）では、{count:,} 台の各アクセラレータが1ステップに {per:.3g} トークンしか受け持てません。データ並列の各レプリカには {sequence:,} トークンの系列が丸ごと必要で、バッチが許す以上の並列化です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="921"/>
        <source>Use 35–50% unless you have measured more on this cluster.</source>
        <translation>このクラスタで実測した値がなければ35～50%を使ってください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="926"/>
        <source>Did you mean {guess:pct}?</source>
        <translation>{guess:pct}のつもりではありませんか？</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="929"/>
        <source>An MFU of {mfu_percent:.3g}% is far below what published large runs reach (about 20% at the lowest, GPT-3; 30–50% for most); compute, days and cost are likely pessimistic.</source>
        <translation>MFU {mfu_percent:.3g}%は、公開された大規模学習の実績（最も低いGPT-3で約20%、多くは30～50%）を大きく下回ります。計算量・日数・費用は悲観的な見積もりになっている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="932"/>
        <source>Use 35–50% unless you have measured less on this cluster.</source>
        <translation>このクラスタでより低い値を実測していなければ、35～50%を使ってください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1181"/>
        <source>Spread the compute over more accelerators and fewer days, or plan a smaller run.</source>
        <translation>アクセラレータを増やして日数を減らすか、より小さな学習を計画してください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1186"/>
        <source>The run takes {days:,.0f} days ({months:.3g} months): a run longer than about {limit_months:.0f} months is likely outpaced by one that starts later on better hardware and algorithms (Epoch AI 2025); frontier runs take weeks to a few months.</source>
        <translation>学習に{days:,.0f}日（{months:.3g}か月）かかります。約{limit_months:.0f}か月を超える学習は、後から改良されたハードウェアとアルゴリズムで始めた学習に追い越される可能性が高いです（Epoch AI 2025）。最先端の学習は数週間から数か月です。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1195"/>
        <source>At {compute_flop:sci} FLOP the model is above the EU AI Act&apos;s 10²⁵ FLOP threshold: it is presumed a general-purpose model with systemic risk (Art. 51).</source>
        <translation>{compute_flop:sci} FLOPは、EU AI法の閾値10²⁵ FLOPを超えます。システミックリスクのある汎用目的AIモデルと推定されます（第51条）。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1197"/>
        <source>Plan for the Act&apos;s notification, evaluation and reporting duties.</source>
        <translation>同法に基づく通知・評価・報告の義務に備えてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1202"/>
        <source>At {context:,} tokens of context, attention adds {ratio:pct} to the law&apos;s 6·N·D: {share:pct} of the {training_flop:sci} FLOP the accelerators do (12·layers·width·context per token, as PaLM and torchtitan count MFU; Megatron-LM and MaxText count half). The law predicts the loss from 6·N·D; days, energy and cost include attention.</source>
        <translation>コンテキスト長 {context:,} トークンでは、アテンションがスケーリング則の 6·N·D に {ratio:pct} を上乗せします。アクセラレータが計算する {training_flop:sci} FLOP の {share:pct} です（1トークンあたり 12·層数·幅·コンテキスト長。PaLM と torchtitan の MFU の数え方で、Megatron-LM と MaxText はその半分を数えます）。損失は 6·N·D から予測し、日数・電力量・費用はアテンションを含みます。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1214"/>
        <source>At this compute the compute-optimal model has {optimal:short} parameters; {n_params:short} is {ratio:.2g}× that and costs {extra_loss:.3f} nats of loss.</source>
        <translation>この計算量での計算最適なモデルは{optimal:short}パラメータです。{n_params:short}はその{ratio:.2g}倍で、損失が{extra_loss:.3f} nats悪化します。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1216"/>
        <source>Fine if inference cost or memory drives the size; otherwise move toward {optimal:short}.</source>
        <translation>推論の費用やメモリの都合で規模を決めているなら問題ありません。そうでなければ{optimal:short}に近づけてください。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1223"/>
        <source>With inference tokens, kaplan-2020 sizes the model from its L(N, D) fit, which disagrees with the paper&apos;s own compute-efficient allocation.</source>
        <translation>推論トークンを含める場合、Kaplan et al. 2020のスケーリング則はL(N, D)の当てはめからモデル規模を決めますが、これは論文自身の計算効率の良い配分と一致しません。</translation>
    </message>
    <message>
        <location filename="../../engine/planner.py" line="1225"/>
        <source>Prefer a Chinchilla-family law for inference-aware sizing.</source>
        <translation>推論を考慮して規模を決めるには、Chinchilla系のスケーリング則を使ってください。</translation>
    </message>
    <message>
        <location filename="../../gui/text/severity.py" line="29"/>
        <source>Red: the plan breaks a limit</source>
        <extracomment>the summary card whose number a finding is about (the card is framed in the finding&apos;s colour) the traffic light of a whole plan</extracomment>
        <translation>赤：計画が上限などの制約を超えています</translation>
    </message>
    <message>
        <location filename="../../gui/text/severity.py" line="30"/>
        <source>Amber: feasible, with warnings</source>
        <translation>黄：実行可能ですが注意点があります</translation>
    </message>
    <message>
        <location filename="../../gui/text/severity.py" line="31"/>
        <source>Green: no problems found</source>
        <translation>緑：問題は見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="154"/>
        <location filename="../../gui/app/summary.py" line="282"/>
        <location filename="../../gui/reports/xlsx.py" line="89"/>
        <location filename="../../gui/text/names.py" line="41"/>
        <location filename="../../gui/text/tables.py" line="236"/>
        <location filename="../../gui/text/tables.py" line="350"/>
        <location filename="../../gui/text/tables.py" line="401"/>
        <source>custom accelerator</source>
        <extracomment>number formats by the kind of quantity (Excel&apos;s codes; the separators follow the reader&apos;s locale) the same, in Python, to size the columns</extracomment>
        <translation>手入力のアクセラレータ</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="174"/>
        <source>A band shows the uncertainty of the scaling law&apos;s fit only: not run-to-run noise (about 1% in loss), nor how the law transfers to other data and tokenizers; losses of laws fitted on different data are not comparable in absolute value.</source>
        <extracomment>What a band (loss, model size, tokens) is not: said on the loss plot and in the report&apos;s assumptions.</extracomment>
        <translation>幅はスケーリング則の推定の不確かさだけを示します。学習ごとのばらつき（損失で約1%）や、他のデータ・トークナイザーへの当てはまりは含みません。異なるデータで推定されたスケーリング則どうしの損失は、絶対値では比較できません。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="181"/>
        <source>{objective}: {days} on the cluster; the scaling law chooses the model size and the training tokens</source>
        <extracomment>The plan&apos;s objective in words, with its inputs ({objective} is the editor&apos;s name for it).</extracomment>
        <translation>{objective}：クラスタで{days}。モデル規模と学習トークン数はスケーリング則に従って決まります。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="183"/>
        <source>{objective}: {params} parameters, {days} on the cluster</source>
        <translation>{objective}：{params}パラメータ、クラスタで{days}</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="184"/>
        <source>{objective}: {params} parameters and {tokens} training tokens; the days follow</source>
        <translation>{objective}：{params}パラメータ、学習トークン数{tokens}。学習期間はそこから決まります。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="185"/>
        <source>{objective}: a loss of {target} nats/token, then {inference} tokens of inference; lifetime compute {lifetime} FLOP ({training} FLOP training + {inference_flop} FLOP inference), the least that reaches the target</source>
        <translation>{objective}：損失{target} nats/トークン、推論の総トークン数{inference}。目標に届く最小の総計算量（学習＋推論）は{lifetime} FLOP（学習{training} FLOP＋推論{inference_flop} FLOP）です。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="198"/>
        <source>{price} per accelerator-hour, a rental: the power is included, no energy is charged on top</source>
        <extracomment>what the accelerator-hour price covers (money.cost_basis)</extracomment>
        <translation>1台1時間あたり{price}。レンタル（電力込み）のため、電力費用は別途かかりません。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="199"/>
        <source>{price} per accelerator-hour, owned or colocated: the energy is paid on top at {energy_price}</source>
        <translation>1台1時間あたり{price}。自社保有・コロケーションのため、電力費用を{energy_price}で別途支払います。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="201"/>
        <source>{price} per accelerator-hour, a bought cluster: {purchase} per accelerator × network {multiple}× written off over {years} years, busy {busy} of them; the energy is paid on top at {energy_price}</source>
        <translation>1台1時間あたり{price}。購入したクラスタ：1台 {purchase} × ネットワーク係数 {multiple} を {years} 年で償却し、その期間の稼働率は {busy}。電力費用は{energy_price}で別途支払います。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="205"/>
        <source>PUE {pue}; host overhead {overhead}×; average draw {draw} of {power} per accelerator; power convention: {convention}</source>
        <translation>PUE {pue}、ホスト電力係数{overhead}×、平均消費率は1台あたり{power}の{draw}。電力の計算方式：{convention}</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="210"/>
        <source>budget: {budget}; energy cap: {cap}</source>
        <translation>予算：{budget}、電力量の上限：{cap}</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="211"/>
        <source>{accelerator}: catalogue price {low} to {high} per hour, typical {typical}</source>
        <translation>{accelerator}：カタログ価格は1時間あたり{low}～{high}、標準{typical}</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="212"/>
        <source>{accelerator}: catalogue price {low} to {high} per hour, typical {typical} (unverified: check a current quote)</source>
        <translation>{accelerator}：カタログ価格は1時間あたり{low}～{high}、標準{typical}（未確認の価格です。最新の見積もりをご確認ください）</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="214"/>
        <source>{law}, fitted on runs of {range} FLOP</source>
        <translation>{law}（{range} FLOPの学習結果から推定）</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="216"/>
        <source>PUE: industry average 1.58 (Uptime Institute 2023), hyperscalers ≈ 1.1; grid carbon: Japan FY2023 0.421 kg CO₂/kWh, US ≈ 0.39, France ≈ 0.05; average draw while training: GPU servers 75 %, TPU servers 43 % of their rated power (Epoch AI).</source>
        <translation>PUE：業界平均1.58（Uptime Institute 2023）、大手クラウド約1.1。電力のCO₂排出係数：日本（2023年度）0.421 kg CO₂/kWh、米国約0.39、フランス約0.05。学習中の平均消費率：GPUサーバーは定格電力の75 %、TPUサーバーは43 %（Epoch AI）。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="34"/>
        <source>%s of %s</source>
        <extracomment>Training precisions as people write them.</extracomment>
        <translation>%s / %s</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="145"/>
        <source>%s active of %s in all</source>
        <translation>アクティブ %s（総数 %s）</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="148"/>
        <source>%s FLOP; %s FLOP with attention</source>
        <translation>%s FLOP（アテンション込み %s FLOP）</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="189"/>
        <source>{count} × {accelerator}; peak {peak} per accelerator in {precision}; MFU {mfu} of that peak; goodput {goodput}</source>
        <translation>{count}台 × {accelerator}、1台あたりピーク {peak}（{precision}）、そのピークに対する MFU {mfu}、有効稼働率 {goodput}</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="191"/>
        <source>{layers} layers of width {width} ({shape}); {context}; {experts}</source>
        <translation>{layers} 層、幅 {width}（{shape}）。{context}。{experts}</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="192"/>
        <source>{need} per accelerator of {capacity}: training state {state} ({bytes} bytes per parameter: {recipe}), activations {activations} ({recompute} recomputation, Korthikanti et al. 2022); tensor {tensor} × pipeline {pipeline} × expert {expert} parallel, {data} data-parallel replicas, ZeRO stage {zero}{chosen}</source>
        <translation>1台あたり {need}（搭載 {capacity}）：学習状態 {state}（1パラメータあたり {bytes} バイト：{recipe}）、活性化 {activations}（再計算：{recompute}、Korthikanti et al. 2022）。テンソル並列 {tensor} × パイプライン並列 {pipeline} × エキスパート並列 {expert}、データ並列レプリカ {data}、ZeRO ステージ {zero}{chosen}</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="220"/>
        <source>Compute C = 6 × parameters × training tokens (Kaplan et al. 2020; the active parameters of a mixture of experts); the accelerators do C + 12 × layers × width × context per token for attention (PaLM&apos;s MFU convention) = accelerators × peak × MFU × goodput × time; compute-optimal allocation and loss from the scaling law (Hoffmann et al. 2022); energy = accelerators × power × host overhead × average draw × PUE × hours; cost = accelerator-hours × price (+ energy × energy price for owned or bought accelerators; a bought one&apos;s price is its purchase written off); CO₂ = energy × grid carbon.</source>
        <translation>計算量 C = 6 × パラメータ数 × 学習トークン数（Kaplan et al. 2020。混合エキスパートではアクティブなパラメータ数）。アクセラレータはこれにアテンション分として1トークンあたり 12 × 層数 × 幅 × コンテキスト長を加えて計算します（PaLM の MFU の数え方）＝ アクセラレータ数 × ピーク × MFU × 有効稼働率 × 時間。計算最適な配分と損失はスケーリング則から（Hoffmann et al. 2022）。電力量 ＝ アクセラレータ数 × 消費電力 × ホスト電力係数 × 平均消費率 × PUE × 時間。費用 ＝ アクセラレータ稼働時間 × 単価（自社保有や購入ならさらに電力量 × 電力単価。購入の単価は購入費の償却）。CO₂ ＝ 電力量 × 電力の排出係数。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="249"/>
        <source>Amounts in %s; exchange rate %s (your assumption), which converts the catalogue&apos;s USD prices.</source>
        <translation>金額は%s建てです。カタログの米ドル価格は、為替レート %s（ご自身の想定）で換算しています。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="251"/>
        <source>Amounts in USD.</source>
        <translation>金額は米ドル建てです。</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="262"/>
        <source>Model shape</source>
        <translation>モデルの形状</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="263"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="266"/>
        <source>Power and PUE</source>
        <translation>電力とPUE</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="269"/>
        <source>Budget and caps</source>
        <translation>予算と上限</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="272"/>
        <source>Reference values</source>
        <translation>参考値</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="273"/>
        <source>Formulas</source>
        <translation>計算式</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="274"/>
        <source>Uncertainty</source>
        <translation>不確かさ</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="283"/>
        <source>%s, modelled from failures (an interruption every %s h per accelerator, checkpoint stall %s min, restart %s min; Young&apos;s interval)</source>
        <translation>%s（故障から推定：アクセラレータ1台あたり %s 時間に1回の中断、チェックポイント停止 %s 分、再起動 %s 分。Young の間隔）</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="291"/>
        <source>a dense model</source>
        <translation>密モデル</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="292"/>
        <source>a mixture of experts: %s routed experts, %s active per token, %s shared; %s parameters in all%s</source>
        <translation>混合エキスパート：ルーティングされるエキスパート %s、1トークンあたりアクティブ %s、共有 %s。総パラメータ数 %s%s</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="294"/>
        <source> (estimated from the experts)</source>
        <translation>（エキスパート構成からの推定）</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="295"/>
        <source>context not set: compute is 6·N·D</source>
        <translation>コンテキスト長未設定：計算量は 6·N·D</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="296"/>
        <source>context %s tokens: attention adds %s of the accelerators&apos; FLOP</source>
        <translation>コンテキスト長 %s トークン：アクセラレータの FLOP の %s がアテンション</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="298"/>
        <source>derived from the size at a width of 128 per layer</source>
        <translation>規模から導出、1層あたり幅128</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="298"/>
        <source>as entered</source>
        <translation>入力どおり</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="313"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="318"/>
        <source> (degrees left open chosen by ScalePlan: the least model parallelism that fits)</source>
        <translation>（未指定の並列度は ScalePlan が選択：収まる最小のモデル並列）</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="423"/>
        <source>Serving per month</source>
        <translation>推論提供の月額</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="425"/>
        <source>Training compute the rules count</source>
        <translation>規制が数える学習計算量</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="384"/>
        <location filename="../../gui/text/tables.py" line="322"/>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="322"/>
        <source>selective</source>
        <translation>選択的</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="322"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="342"/>
        <source>up to %s</source>
        <translation>%s以下</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="395"/>
        <source>%s, converted from %s at %s</source>
        <translation>%s（%s から %s で換算）</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="525"/>
        <location filename="../../gui/reports/slides.py" line="638"/>
        <location filename="../../gui/reports/xlsx.py" line="144"/>
        <location filename="../../gui/text/tables.py" line="405"/>
        <source>Wall-clock time</source>
        <translation>学習期間</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/alternatives.py" line="118"/>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="82"/>
        <location filename="../../gui/reports/slides.py" line="382"/>
        <location filename="../../gui/text/programme.py" line="119"/>
        <location filename="../../gui/text/programme.py" line="124"/>
        <location filename="../../gui/text/tables.py" line="156"/>
        <location filename="../../gui/text/tables.py" line="330"/>
        <location filename="../../gui/text/tables.py" line="405"/>
        <source>%s days</source>
        <extracomment>The East Asian typeface of Japanese runs. Yu Gothic (游ゴシック) is the Japanese font of Office&apos;s own theme since Office 2016, on Windows (8.1 and later) and on macOS alike; Meiryo would do on Windows but is missing on many Macs. The font ScalePlan ships (:data:`gui.reports.render.JA_FAMILY`) is registered by the application only, never installed, so naming it here would make every PowerPoint substitute one; instead the runs carry charset 128 (Shift-JIS), which makes PowerPoint substitute another *Japanese* font (Meiryo, MS Gothic) where Yu Gothic is missing, and the plots, which are drawn with the shipped font, list it after the system ones (:func:`_portable_svg`). line height as a multiple of the font size: every paragraph&apos;s exact line spacing, so that a Japanese font&apos;s tall default line gap cannot make a text taller than measured inner margins of text boxes (every side) and of table cells (left/right, top/bottom), in points a measured line is filled to this share of its width at most (kerning, Japanese line-break rules) what a line breaks between: runs of spaces (not no-break spaces), words, single Japanese characters bold glyphs are up to a tenth wider</extracomment>
        <translation>%s 日</translation>
    </message>
    <message>
        <location filename="../../gui/text/tables.py" line="408"/>
        <source>/h</source>
        <translation>/時</translation>
    </message>
    <message>
        <location filename="../../gui/reports/slides.py" line="386"/>
        <location filename="../../gui/text/tables.py" line="411"/>
        <source>%s parameters</source>
        <translation>%s パラメータ</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="441"/>
        <source>Assumptions and sources</source>
        <translation>前提と出典</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="92"/>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="110"/>
        <location filename="../../gui/app/window.py" line="502"/>
        <source>Sensitivity: what moves the plan</source>
        <extracomment>outputs measured in money</extracomment>
        <translation>感度分析：計画を左右する要因</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="121"/>
        <source>Move each input by ±</source>
        <translation>各入力を次の幅で増減：±</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="123"/>
        <source>input lowered</source>
        <translation>入力を下げた場合</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="124"/>
        <source>input raised</source>
        <translation>入力を上げた場合</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="143"/>
        <source>One input at a time, everything else held; inputs are kept within their allowed ranges. Bars are sorted by effect.</source>
        <translation>入力を1つずつ動かし、他は固定しています。各入力は許容範囲内に収めています。棒は影響の大きい順に並んでいます。</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/sensitivity.py" line="177"/>
        <source>The charts come back once the inputs have a plan.</source>
        <translation>入力から計画が立てられると、グラフが再び表示されます。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="439"/>
        <source>Comparison</source>
        <extracomment>how wide a wrapped column is at the most (_Sheet.finish)</extracomment>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="153"/>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="164"/>
        <source>BF16 (mixed precision)</source>
        <translation>BF16（混合精度）</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="164"/>
        <source>FP8 (mixed precision)</source>
        <translation>FP8（混合精度）</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="166"/>
        <source>The number format of the matrix multiplications. The peak and the MFU are those of this precision&apos;s dense peak; the training state follows its recipe.</source>
        <translation>行列積の数値形式です。ピーク性能と MFU はこの精度の密ピークに対するもので、学習状態のバイト数もこの精度の方式に従います。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="179"/>
        <source>Model FLOP utilisation, against the dense peak of the training precision. Published large runs in BF16: PaLM 46%, Llama 3 405B 38–43%; in FP8 about half that (DeepSeek-V3 ≈ 16.5% of the FP8 peak).</source>
        <translation>モデルFLOP利用率。学習の数値精度での密ピーク性能に対する割合です。BF16での大規模学習の実績：PaLM 46%、Llama 3 405B 38～43%。FP8ではおよそその半分です（DeepSeek-V3はFP8ピークの約16.5%）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="187"/>
        <source>High-bandwidth memory of one accelerator as the datasheet gives it (an &quot;80 GB&quot; H100 has 80 GiB).</source>
        <translation>データシートにあるアクセラレータ1台の高帯域メモリ（「80 GB」の H100 は 80 GiB）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="190"/>
        <source>Tensor parallel</source>
        <translation>テンソル並列</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="192"/>
        <source>Accelerators that split each layer&apos;s matrices (with sequence parallelism); usually ≤ 8, within one server.</source>
        <translation>各層の行列を分担するアクセラレータ数（シーケンス並列併用）。通常は1サーバ内の8以下。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="194"/>
        <source>Pipeline parallel</source>
        <translation>パイプライン並列</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="196"/>
        <source>Pipeline stages the layers are split into.</source>
        <translation>層を分けるパイプライン段の数。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="197"/>
        <source>Expert parallel</source>
        <translation>エキスパート並列</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="199"/>
        <source>Data-parallel accelerators the experts of a mixture-of-experts model are spread over (1 for a dense model).</source>
        <translation>混合エキスパートモデルのエキスパートを分散させるデータ並列のアクセラレータ数（密モデルは1）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="201"/>
        <source>ZeRO / FSDP stage</source>
        <translation>ZeRO / FSDP ステージ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="202"/>
        <source>What the data-parallel accelerators shard: 0 nothing, 1 optimizer state, 2 and gradients, 3 and weights (FSDP).</source>
        <translation>データ並列のアクセラレータで分割するもの：0 なし、1 オプティマイザ状態、2 さらに勾配、3 さらに重み（FSDP）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="204"/>
        <source>Activation recomputation</source>
        <translation>活性化の再計算</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="205"/>
        <source>None: keep every activation</source>
        <translation>なし：活性化をすべて保持</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="206"/>
        <source>Selective: recompute attention</source>
        <translation>選択的：アテンションを再計算</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="207"/>
        <source>Full: keep each layer&apos;s input</source>
        <translation>完全：各層の入力のみ保持</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="209"/>
        <source>Activations kept for the backward pass (Korthikanti et al. 2022): recomputing costs time, keeping costs memory.</source>
        <translation>逆伝播のために保持する活性化（Korthikanti et al. 2022）。再計算は時間を、保持はメモリを使います。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="223"/>
        <source>Hours between failures</source>
        <translation>故障間隔</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="224"/>
        <source>h per accelerator</source>
        <translation>時間／台</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="225"/>
        <source>goodput as typed</source>
        <translation>有効稼働率は入力値</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="226"/>
        <source>Mean hours between interruptions of one accelerator; the cluster&apos;s is this divided by the count. Default: Llama 3&apos;s 419 unexpected interruptions in 54 days on 16,384 GPUs, 50,700 h.</source>
        <translation>アクセラレータ1台あたりの平均中断間隔（時間）。クラスタ全体ではこれを台数で割った値です。既定値：Llama 3 の 54日間・16,384 GPU での予期しない中断 419回から 50,700時間。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="229"/>
        <source>Checkpoint stall</source>
        <translation>チェックポイント停止時間</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="230"/>
        <location filename="../../engine/fields.py" line="233"/>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="231"/>
        <source>Minutes training stops to write a checkpoint (seconds for asynchronous checkpointing). The default, 15 s, is our calibration to Llama 3&apos;s &gt; 90% goodput.</source>
        <translation>チェックポイントの書き込みで学習が止まる時間（分）。非同期チェックポイントなら数秒です。既定の15秒は、Llama 3 の有効稼働率 90% 超に合わせた当社の較正値です。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="233"/>
        <source>Restart time</source>
        <translation>再起動時間</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="235"/>
        <source>Minutes from an interruption to training again: detection, restart, reloading the checkpoint. The default, 5 min, is our calibration to Llama 3&apos;s &gt; 90% goodput.</source>
        <translation>中断から学習再開までの時間（分）：検知、再起動、チェックポイントの読み込み。既定の5分は、Llama 3 の有効稼働率 90% 超に合わせた当社の較正値です。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="238"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="246"/>
        <source>Average draw</source>
        <translation>平均消費率</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="247"/>
        <source>Average power as a share of the nameplate power above (100 %: the TDP convention of published footprints; Epoch AI uses 75 % of server power for GPUs).</source>
        <translation>上の定格電力に対する平均消費電力の割合（100%：公表された排出量のTDP方式。Epoch AIはGPUサーバーで75%を使用）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="256"/>
        <source>Site power cap</source>
        <translation>施設の電力上限</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="258"/>
        <source>The most power the site delivers (facility power, PUE included). Llama 3&apos;s cluster ≈ 27 MW (Epoch AI); the largest sites of 2026 ≈ 1 GW.</source>
        <translation>施設が供給できる最大電力（PUE を含む施設全体の電力）。Llama 3 のクラスタ ≈ 27 MW（Epoch AI）、2026年の最大級の施設 ≈ 1 GW。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="263"/>
        <source>Changing the currency converts every price and the budget at the exchange rate.</source>
        <translation>通貨を変えると、すべての単価と予算を為替レートで換算します。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="264"/>
        <source>Price covers</source>
        <translation>単価に含まれるもの</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="265"/>
        <source>Rental, power included</source>
        <translation>レンタル（電力込み）</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="265"/>
        <source>Owned, energy paid on top</source>
        <translation>自社保有（電力費用は別途）</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="266"/>
        <source>Bought: depreciation + energy</source>
        <translation>購入（減価償却＋電力費用）</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="268"/>
        <source>Cloud rentals (the catalogue&apos;s prices) include the power; for owned or colocated accelerators the energy is paid on top at the energy price. Bought: the hourly price is the purchase&apos;s depreciation (below), and the energy is paid on top.</source>
        <translation>クラウドのレンタル（カタログの価格）は電力込みです。自社保有やコロケーションでは電力費用を電力単価で別途払います。購入：1時間あたりの単価は購入費の減価償却（下の欄）で、電力費用は別途です。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="355"/>
        <source>× the final run</source>
        <translation>× 最終学習</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="356"/>
        <source>Compute of development and ablations — the experiments before the final run — as a multiple of it. 1.2: Epoch AI&apos;s median (all training ÷ final run = 2.2, 90% range 1.2–4, Cottier et al. 2024); OLMo&apos;s development was 0.5× its final runs (Morrison et al. 2025).</source>
        <translation>開発・アブレーション（最終学習の前の実験）の計算量を、最終学習の何倍かで。1.2：Epoch AI の中央値（全学習 ÷ 最終学習 = 2.2、90%範囲 1.2–4、Cottier ほか 2024）。OLMo の開発は最終学習の 0.5 倍でした（Morrison ほか 2025）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="360"/>
        <source>SFT and preference</source>
        <translation>SFT・選好学習</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="362"/>
        <source>Compute of supervised fine-tuning (SFT) and preference tuning as a share of pre-training. DeepSeek-V3: 0.2% of its GPU-hours; OLMoE 2.4%.</source>
        <translation>教師ありファインチューニング（SFT）と選好学習の計算量（事前学習に対する割合）。DeepSeek-V3：GPU時間の 0.2%、OLMoE：2.4%。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="370"/>
        <source>Development cluster</source>
        <translation>開発のクラスタ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="373"/>
        <source>Post-training cluster</source>
        <translation>事後学習のクラスタ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="367"/>
        <source>Compute of reinforcement learning for reasoning as a share of pre-training (0 for a model that does not reason). DeepSeek-R1: 6.1e23 FLOP on V3&apos;s 3.3e24, 19% (Epoch AI&apos;s estimate; DeepSeek&apos;s later account implies about 5.5%).</source>
        <translation>推論能力のための強化学習の計算量（事前学習に対する割合。推論しないモデルは 0）。DeepSeek-R1：V3 の 3.3e24 に対し 6.1e23 FLOP、19%（Epoch AI の推定。DeepSeek の後の説明では約 5.5%）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="371"/>
        <location filename="../../engine/fields.py" line="375"/>
        <source>the run&apos;s cluster</source>
        <translation>最終学習と同じ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="372"/>
        <source>Accelerators of the same kind the experiments run on; empty: the final run&apos;s.</source>
        <translation>実験に使う同じ種類のアクセラレータの数。空欄：最終学習と同じ。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="376"/>
        <source>Accelerators of the same kind tuning and reinforcement learning run on; empty: the final run&apos;s.</source>
        <translation>ファインチューニングと強化学習に使う同じ種類のアクセラレータの数。空欄：最終学習と同じ。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="378"/>
        <source>Post-training MFU</source>
        <translation>事後学習の演算効率</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="379"/>
        <source>the run&apos;s</source>
        <translation>最終学習と同じ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="380"/>
        <source>Utilisation of tuning and reinforcement learning (generating answers is slower than training); empty: the final run&apos;s.</source>
        <translation>ファインチューニングと強化学習の演算効率（回答の生成は学習より遅い）。空欄：最終学習と同じ。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="383"/>
        <source>Queries</source>
        <translation>クエリ数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="383"/>
        <source>per day</source>
        <translation>/日</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="385"/>
        <source>Tokens per answer</source>
        <translation>回答あたりトークン数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="387"/>
        <source>Tokens generated per query, reasoning tokens included.</source>
        <translation>1クエリで生成するトークン数（推論トークンを含む）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="388"/>
        <source>Prompt tokens</source>
        <translation>プロンプトのトークン数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="390"/>
        <source>Tokens read per query before answering — the question, documents, the conversation so far: read in one pass, compute-bound, 2 × active parameters FLOP each.</source>
        <translation>回答の前に1クエリで読み込むトークン数（質問、文書、それまでの会話）。1回でまとめて処理し、演算性能が上限で、1トークンあたり 2 × アクティブパラメータ数 FLOP。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="392"/>
        <source>Of which reasoning</source>
        <translation>うち推論トークン</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="394"/>
        <source>Share of those tokens that are thinking, not the answer: what a larger model could leave out (the thinking-or-size chart).</source>
        <translation>そのうち回答ではなく思考に使う割合：大きなモデルなら省ける部分です（「長く考えるか、大きくするか」のグラフ）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="396"/>
        <source>Serving period</source>
        <translation>提供期間</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="396"/>
        <source>months</source>
        <translation>か月</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="398"/>
        <source>Serving accelerator</source>
        <translation>推論のアクセラレータ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="400"/>
        <source>Serving weights</source>
        <translation>推論時の重みの形式</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="401"/>
        <source>BF16: 2 bytes per parameter</source>
        <translation>BF16：1パラメータ 2 バイト</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="401"/>
        <source>FP8: 1 byte per parameter</source>
        <translation>FP8：1パラメータ 1 バイト</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="403"/>
        <source>The number format the weights are served in: each generated token reads them all.</source>
        <translation>推論時の重みの数値形式。生成する各トークンが重みをすべて読み出します。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="404"/>
        <source>Serving utilisation</source>
        <translation>推論の利用効率</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="406"/>
        <source>Achieved share of the bound that applies (memory bandwidth or peak FLOP). 60%: Databricks measured 55–60% of the bandwidth on A100 and H100 (2023).</source>
        <translation>制約となる上限（メモリ帯域またはピーク演算性能）に対する達成率。60%：Databricks が A100 と H100 で帯域の 55–60% を計測（2023）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="408"/>
        <source>Answers in flight</source>
        <translation>同時に生成する回答数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="408"/>
        <source>per replica</source>
        <translation>/レプリカ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="410"/>
        <source>Answers one copy of the model generates together: each step reads the weights once for all of them. Few: bandwidth-bound; many: compute-bound.</source>
        <translation>モデル1コピーが同時に生成する回答数。各ステップで重みを1回読み、全員分に使います。少ないとメモリ帯域、多いと演算性能が上限になります。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="412"/>
        <source>Peak ÷ average load</source>
        <translation>ピーク ÷ 平均負荷</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="413"/>
        <source>Accelerators are provisioned for the busiest hour. 2× is our assumption.</source>
        <translation>アクセラレータは最も混む時間に合わせて用意します。2倍は当方の仮定です。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="414"/>
        <source>Serving price</source>
        <translation>推論の単価</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="415"/>
        <source>as training or catalogue</source>
        <translation>学習と同じかカタログ値</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="416"/>
        <source>Empty: the training price for the same accelerator, else the catalogue&apos;s typical rental.</source>
        <translation>空欄：学習と同じアクセラレータならその単価、異なればカタログの標準的なレンタル価格。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="276"/>
        <source>{currency} per $1</source>
        <translation>{currency}／1ドル</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="278"/>
        <source>Your rate, in your currency per US dollar: converts the catalogue&apos;s USD prices and every amount when you change the currency. 1 for USD.</source>
        <translation>1米ドルあたりの自国通貨額（ご自身の想定レート）。カタログの米ドル価格の換算と、通貨変更時のすべての金額の換算に使います。米ドルでは1です。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="282"/>
        <source>Purchase price</source>
        <translation>購入価格</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="283"/>
        <source>{currency} per accelerator</source>
        <translation>{currency}/台</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="285"/>
        <source>What one accelerator costs to buy with its share of the server (an 8-GPU server ÷ 8, as Epoch AI&apos;s price table quotes them; H100 SXM $29k–47k, 2023–25).</source>
        <translation>アクセラレータ1台の購入価格（サーバーの按分を含む。8GPUサーバー ÷ 8。Epoch AI の価格表では H100 SXM が 2.9万–4.7万ドル、2023–25年）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="287"/>
        <source>Network multiple</source>
        <translation>ネットワーク係数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="288"/>
        <source>The cluster&apos;s network and the rest of its hardware as a multiple of the price above. 1.235: the network is 19% of a cluster&apos;s cost (Epoch AI, Cottier et al. 2024). For chip-only prices use ≈ 2.0 (server 1.64 × network 1.235).</source>
        <translation>クラスタのネットワークなどを上の価格の倍数で。1.235：ネットワークはクラスタ費用の 19%（Epoch AI、Cottier ほか 2024）。チップ単体の価格なら約 2.0（サーバー 1.64 × ネットワーク 1.235）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="291"/>
        <source>Written off over</source>
        <translation>償却年数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="291"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="292"/>
        <source>Straight-line life of the hardware. Hyperscalers&apos; filings: 5–6 years (Meta 5.5, Alphabet and Microsoft 6, Amazon 5 for some AI servers); Epoch AI used 5 for recent GPUs.</source>
        <translation>ハードウェアの定額償却の年数。大手クラウドの開示：5–6年（Meta 5.5、Alphabet と Microsoft 6、Amazon は一部のAIサーバーで 5）。Epoch AI は最近のGPUに 5 年を使用。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="295"/>
        <source>Cluster busy</source>
        <translation>クラスタの稼働率</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="296"/>
        <source>Share of the hardware&apos;s life it does paid work: the idle rest is carried by the work it does. 80% is our assumption, not a published figure.</source>
        <translation>ハードウェアの耐用期間のうち仕事をしている割合。遊休の分は稼働する仕事が負担します。80% は当方の仮定で、公表値ではありません。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="300"/>
        <source>custom law</source>
        <translation>カスタムのスケーリング則</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="301"/>
        <source>Custom law</source>
        <translation>カスタムのスケーリング則</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="304"/>
        <source>A law of your own, e.g. fitted to your training runs, with its bootstrap.</source>
        <translation>独自のスケーリング則（例：自社の学習結果から推定し、ブートストラップを含むもの）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="309"/>
        <source>Objective</source>
        <translation>計画の目的</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="321"/>
        <source>Routed experts</source>
        <translation>ルーティング先エキスパート数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="321"/>
        <location filename="../../engine/fields.py" line="329"/>
        <source>experts</source>
        <translation>個</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="322"/>
        <source>dense model</source>
        <translation>密モデル</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="323"/>
        <source>Mixture of experts: routed experts per layer (DeepSeek-V3 256). Empty for a dense model. Parameters above are the active ones: compute follows them, memory the total.</source>
        <translation>混合エキスパート：1層あたりのルーティング先エキスパート数（DeepSeek-V3 は256）。密モデルでは空欄。上のパラメータ数はアクティブな数で、計算量はそれに、メモリは総数に従います。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="326"/>
        <source>Active experts</source>
        <translation>アクティブなエキスパート数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="326"/>
        <source>per token</source>
        <translation>/トークン</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="328"/>
        <source>Routed experts each token uses (DeepSeek-V3 8).</source>
        <translation>各トークンが使うルーティング先エキスパート数（DeepSeek-V3 は8）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="329"/>
        <source>Shared experts</source>
        <translation>共有エキスパート数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="331"/>
        <source>Experts every token uses besides the routed ones (DeepSeek-V3 1).</source>
        <translation>ルーティングとは別に全トークンが使うエキスパート数（DeepSeek-V3 は1）。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/xlsx.py" line="132"/>
        <location filename="../../engine/fields.py" line="332"/>
        <source>Total parameters</source>
        <translation>総パラメータ数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="334"/>
        <source>from experts</source>
        <translation>構成から推定</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="335"/>
        <source>All parameters of the mixture of experts (DeepSeek-V3 671 B of 37 B active); empty: estimated from the experts.</source>
        <translation>混合エキスパートの全パラメータ数（DeepSeek-V3 はアクティブ370億に対し6,710億）。空欄ならエキスパート構成から推定。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="337"/>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="339"/>
        <source>6·N·D only</source>
        <translation>6·N·D のみ</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="340"/>
        <source>Tokens per training sequence. Set, attention&apos;s FLOP are added to the hardware&apos;s work (12·layers·width·context per token); the law stays on 6·N·D.</source>
        <translation>学習系列あたりのトークン数。設定すると、アテンションの FLOP（1トークンあたり 12·層数·幅·コンテキスト長）をハードウェアの計算に加えます。スケーリング則は 6·N·D のままです。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="342"/>
        <source>Layers</source>
        <translation>層数</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="343"/>
        <location filename="../../engine/fields.py" line="347"/>
        <source>from size</source>
        <translation>規模から導出</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="344"/>
        <source>Transformer layers; empty: from the parameters at a width of 128 per layer (GPT-3 175B, Llama 3 405B).</source>
        <translation>Transformer の層数。空欄なら、1層あたり幅128としてパラメータ数から導出（GPT-3 175B、Llama 3 405B）。</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="346"/>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../../engine/fields.py" line="348"/>
        <source>Hidden size d_model; empty: from the parameters and the layers.</source>
        <translation>隠れ層の次元 d_model。空欄ならパラメータ数と層数から導出。</translation>
    </message>
    <message>
        <location filename="../../gui/app/editor.py" line="495"/>
        <location filename="../../gui/app/editor.py" line="498"/>
        <location filename="../../engine/fields.py" line="419"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../gui/app/document.py" line="150"/>
        <source>Change %s</source>
        <extracomment>the scenario changed (after any edit, undo, redo, open, new) a new plan and its curves are ready (at most once per frame) a field&apos;s text could not be accepted: (path, message) — message &quot;&quot; when it is valid again file path or dirty state changed an edit, undo or redo is complete (the undo index has moved): the time to check ``dirty`` the exchange rate (units per US dollar) each currency this document has been in had last: converting back uses the rate converted at, so a round trip returns every amount where the workspace autosaves this document&apos;s unsaved changes (set when it is added to one) where a recovered scenario was saved before the crash: where Save As starts, never written to without asking</extracomment>
        <translation>%s の変更</translation>
    </message>
    <message>
        <location filename="../../gui/app/document.py" line="171"/>
        <source>Convert to %s at %s</source>
        <translation>%s に換算（%s）</translation>
    </message>
    <message>
        <location filename="../../gui/app/start.py" line="164"/>
        <source>The scenario you had open last time could not be opened:</source>
        <translation>前回開いていたシナリオを開けませんでした：</translation>
    </message>
    <message>
        <location filename="../../gui/app/start.py" line="166"/>
        <source>The default scenario is open instead.</source>
        <translation>代わりに既定のシナリオを開いています。</translation>
    </message>
    <message>
        <location filename="../../gui/text/names.py" line="24"/>
        <source>{count} × {accelerator}, {days} days</source>
        <translation>{accelerator} × {count}台・{days}日間</translation>
    </message>
    <message>
        <location filename="../../gui/text/names.py" line="25"/>
        <source>{params} model on {count} × {accelerator}, {days} days</source>
        <translation>{params}モデル・{accelerator} × {count}台・{days}日間</translation>
    </message>
    <message>
        <location filename="../../gui/text/names.py" line="26"/>
        <source>{params} model, {tokens} tokens on {count} × {accelerator}</source>
        <translation>{params}モデル・{tokens}トークン・{accelerator} × {count}台</translation>
    </message>
    <message>
        <location filename="../../gui/text/names.py" line="27"/>
        <source>Loss {target} on {count} × {accelerator}</source>
        <translation>損失 {target}・{accelerator} × {count}台</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="30"/>
        <source>is required</source>
        <extracomment>The code of an error raised without one (outside the engine, e.g. a command-line option): its template is the English message itself. Every code the engine raises, with the English template of its ``message`` (``{name:spec}`` placeholders filled from ``values`` by :class:`engine.fmt.Formatter`: ``{x:g}``, ``{x:sci}``, ``{x!r}``…). A stable contract, like the finding codes: codes are added, never renamed.</extracomment>
        <translation>値が必要です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="31"/>
        <source>must be a number, not {type}</source>
        <translation>数値で指定してください（指定された値の種類：{type}）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="32"/>
        <source>must be a finite number</source>
        <translation>有限の数値で指定してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="33"/>
        <location filename="../../engine/errors.py" line="107"/>
        <source>{value:g} is out of range</source>
        <translation>{value:g} は範囲外です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="34"/>
        <source>{value:g} is not a whole number</source>
        <translation>{value:g} は整数ではありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="36"/>
        <source>must be text, not {type}</source>
        <translation>テキストで指定してください（指定された値の種類：{type}）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="37"/>
        <source>has {length:,} characters</source>
        <translation>{length:,} 文字あります</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="38"/>
        <source>contains {char}, a lone surrogate that is not a character and cannot be saved as UTF-8 text</source>
        <translation>{char}（文字として成り立たない単独のサロゲート）が含まれているため、UTF-8のテキストとして保存できません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="41"/>
        <source>unknown accelerator {value!r}</source>
        <translation>{value!r} は不明なアクセラレータです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="42"/>
        <source>{value!r} is not a currency code</source>
        <translation>{value!r} は通貨コードではありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="43"/>
        <source>unknown objective {value!r}</source>
        <translation>{value!r} は不明な計画の目的です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="44"/>
        <source>is required when the objective is {objective}</source>
        <translation>計画の目的が {objective} の場合は値が必要です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="45"/>
        <source>{target:g} is at or below the law&apos;s irreducible loss E = {floor:.4g} ({law}); no amount of compute reaches it</source>
        <translation>{target:g} は、スケーリング則の削減できない損失 E = {floor:.4g}（{law}）以下です。計算量をいくら増やしても到達できません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="48"/>
        <location filename="../../engine/errors.py" line="77"/>
        <source>must be an object, not {type}</source>
        <translation>オブジェクトで指定してください（指定された値の種類：{type}）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="49"/>
        <source>unknown preset {value!r}</source>
        <translation>{value!r} という既定のスケーリング則はありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="50"/>
        <source>a preset law takes no other fields</source>
        <translation>既定のスケーリング則を選ぶ場合、ほかのフィールドは指定できません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="51"/>
        <source>unknown field in a custom law</source>
        <translation>カスタムのスケーリング則にはないフィールドです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="52"/>
        <source>a custom law needs a name</source>
        <translation>カスタムのスケーリング則には名前が必要です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="53"/>
        <source>missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="54"/>
        <source>must be a number, got {type}</source>
        <translation>数値で指定してください（指定された値の種類：{type}）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="55"/>
        <source>{value!r} is out of range</source>
        <translation>{value!r} は範囲外です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="56"/>
        <source>{text} is out of range</source>
        <translation>{text} は範囲外です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="57"/>
        <source>R_D_star and R_N_star go together</source>
        <translation>R_D_star と R_N_star はセットで指定してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="58"/>
        <source>must map parameter names to standard errors</source>
        <translation>パラメータ名をキー、標準誤差を値とするオブジェクトで指定してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="59"/>
        <source>must be a list of [E, A, B, alpha, beta] rows</source>
        <translation>[E, A, B, alpha, beta] の行のリストで指定してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="60"/>
        <source>has {count:,} rows; a law carries at most {limit:,} bootstrap samples</source>
        <translation>{count:,} 行あります。1つのスケーリング則に含められるブートストラップ標本は最大 {limit:,} 個です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="61"/>
        <source>must be [E, A, B, alpha, beta]</source>
        <translation>[E, A, B, alpha, beta] の形式で指定してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="62"/>
        <source>must be [low, high] in FLOP</source>
        <translation>[low, high]（FLOP単位）の形式で指定してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="63"/>
        <source>low is above high</source>
        <translation>low が high より大きくなっています</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="64"/>
        <source>must be text</source>
        <translation>テキストで指定してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="66"/>
        <source>is not valid JSON: {detail}</source>
        <translation>有効なJSONではありません：{detail}</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="67"/>
        <source>is nested too deeply to be a scenario</source>
        <translation>入れ子が深すぎるため、シナリオとして読み込めません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="68"/>
        <source>must be a JSON object, not {type}</source>
        <translation>JSONオブジェクトである必要があります（実際の種類：{type}）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="69"/>
        <source>{value} is not allowed (numbers must be finite)</source>
        <translation>{value} は使用できません（数値は有限である必要があります）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="70"/>
        <source>is given more than once in the same object</source>
        <translation>同じオブジェクト内で複数回指定されています</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="71"/>
        <source>{value!r} is not a ScalePlan scenario</source>
        <translation>{value!r} はScalePlanのシナリオではありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="72"/>
        <source>{value!r} is not a format version</source>
        <translation>{value!r} は形式バージョンの値ではありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="73"/>
        <source>this file is format version {version}, written by a newer ScalePlan; this version reads up to {supported}. Update ScalePlan to open it</source>
        <translation>このファイルは形式バージョン {version} で、新しいScalePlanで作成されています。このバージョンで読み込めるのは形式バージョン {supported} までです。開くにはScalePlanを更新してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="75"/>
        <source>{version} is not a valid format version</source>
        <translation>{version} は有効な形式バージョンではありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="76"/>
        <source>unknown top-level field</source>
        <translation>不明なトップレベルのフィールドです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="78"/>
        <source>unknown field</source>
        <translation>不明なフィールドです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="79"/>
        <source>is {size:,} bytes; a scenario file is at most {limit:,}</source>
        <translation>{size:,} バイトあります。シナリオファイルは最大 {limit:,} バイトです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="80"/>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="81"/>
        <source>is a folder, not a scenario file</source>
        <translation>シナリオファイルではなくフォルダです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="82"/>
        <source>is a device, pipe or socket, not a file</source>
        <translation>ファイルではなく、デバイス・パイプ・ソケットのいずれかです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="83"/>
        <source>cannot be read: {reason}</source>
        <translation>読み込めません：{reason}</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="84"/>
        <source>is not UTF-8 text</source>
        <translation>UTF-8のテキストではありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="86"/>
        <source>unknown cost basis {value!r}</source>
        <translation>不明な費用区分 {value!r} です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="87"/>
        <location filename="../../engine/errors.py" line="88"/>
        <source>unknown value {value!r}</source>
        <translation>不明な値 {value!r}</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="89"/>
        <location filename="../../engine/errors.py" line="90"/>
        <location filename="../../engine/errors.py" line="93"/>
        <source>must be an object or null, not {type}</source>
        <translation>オブジェクトまたは null である必要があります（{type} は不可）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="91"/>
        <source>is required when goodput is modelled from failures</source>
        <translation>故障から有効稼働率を推定する場合は必須です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="92"/>
        <source>is required for a mixture of experts</source>
        <translation>混合エキスパートでは必須です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="94"/>
        <source>is required when the section is there</source>
        <translation>この項目群を使うときは必須です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="95"/>
        <source>the catalogue has no purchase price for {accelerator}: enter the price you pay</source>
        <translation>カタログに {accelerator} の購入価格がありません。実際の購入価格を入力してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="97"/>
        <source>the catalogue has no rental price for {accelerator}: enter the serving price</source>
        <translation>カタログに {accelerator} のレンタル価格がありません。推論の単価を入力してください</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="98"/>
        <source>{active:,} active experts are more than the {experts:,} there are</source>
        <translation>アクティブなエキスパート数 {active:,} がエキスパート数 {experts:,} を超えています</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="99"/>
        <source>{total:short} parameters in all are fewer than the {active:short} active ones</source>
        <translation>総パラメータ数 {total:short} がアクティブなパラメータ数 {active:short} より少なくなっています</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="101"/>
        <source>target loss {target:g} cannot be reached under {law}: the lowest reachable loss is {floor:.4g}. Choose a target above {floor:.4g}.</source>
        <translation>{law} では目標損失 {target:g} に到達できません。到達できる最小の損失は {floor:.4g} です。{floor:.4g} より大きい目標損失を指定してください。</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="103"/>
        <source>target loss {target:g} cannot be reached under {law} with {unique_tokens:short} unique tokens: the lowest reachable loss is {floor:.4g}. Choose a target above {floor:.4g}, or add unique tokens.</source>
        <translation>固有トークンが {unique_tokens:short} 個の場合、{law} では目標損失 {target:g} に到達できません。到達できる最小の損失は {floor:.4g} です。{floor:.4g} より大きい目標損失を指定するか、固有トークンを増やしてください。</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="106"/>
        <source>gives no finite plan ({detail})</source>
        <translation>計画の数値が有限になりません（{detail}）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="109"/>
        <source>{count} runs left to fit</source>
        <translation>推定に使える学習結果が {count} 件しか残っていません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="110"/>
        <source>{item!r} is not QUANTITY=COLUMN</source>
        <translation>{item!r} は QUANTITY=COLUMN の形式ではありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="111"/>
        <source>every run has the same number of {quantity} ({value:.4g}): the law&apos;s exponent for them cannot be fitted</source>
        <translation>すべての学習結果で {quantity} の数が同じです（{value:.4g}）。そのため、この量に対するスケーリング則の指数を推定できません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="113"/>
        <source>the best fit has {parameter} = {value}, outside {lo:g} to {hi:g}: these runs do not determine the law</source>
        <translation>最良の推定結果が {parameter} = {value} となり、{lo:g} ～ {hi:g} の範囲外です。これらの学習結果ではスケーリング則が定まりません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="115"/>
        <source>no start of the fit reached finite losses: these runs do not determine the law</source>
        <translation>どの初期値から推定しても損失が有限になりませんでした。これらの学習結果ではスケーリング則が定まりません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="116"/>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="117"/>
        <source>cannot be read ({reason})</source>
        <translation>読み込めません（{reason}）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="118"/>
        <source>is a folder, device, pipe or socket, not a file</source>
        <translation>ファイルではなく、フォルダ・デバイス・パイプ・ソケットのいずれかです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="119"/>
        <source>is {size:,} bytes; a CSV of runs is read up to {limit:,}</source>
        <translation>{size:,} バイトあります。学習結果のCSVとして読み込めるのは {limit:,} バイトまでです</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="120"/>
        <source>has more than {limit:,} runs</source>
        <translation>学習結果が {limit:,} 件を超えています</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="121"/>
        <source>is not CSV ({detail})</source>
        <translation>CSV形式ではありません（{detail}）</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="122"/>
        <source>column &apos;{column}&apos; runs over several lines, to line {end}: a quote (&quot;) on this line is not closed where it should be</source>
        <translation>列「{column}」が複数行（{end} 行目まで）にまたがっています。この行の引用符（&quot;）が正しい位置で閉じられていません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="124"/>
        <source>column &apos;{column}&apos; is {cell}, outside {lo:g} to {hi:g}</source>
        <translation>列「{column}」の値 {cell} は {lo:g} ～ {hi:g} の範囲外です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="125"/>
        <source>column &apos;{column}&apos; is {cell}: {tokens:.3g} tokens for {params:.3g} parameters, outside {lo:g} to {hi:g}</source>
        <translation>列「{column}」の値は {cell} です。パラメータ数 {params:.3g} に対してトークン数が {tokens:.3g} となり、{lo:g} ～ {hi:g} の範囲外です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="127"/>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="128"/>
        <source>no such column</source>
        <translation>該当する列がありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="129"/>
        <source>missing column(s): {columns}</source>
        <translation>必要な列がありません：{columns}</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="130"/>
        <source>column &apos;{column}&apos; is {cell!r}, not a number</source>
        <translation>列「{column}」の値 {cell!r} は数値ではありません</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="131"/>
        <source>column &apos;{column}&apos; is {cell}</source>
        <translation>列「{column}」の値は {cell} です</translation>
    </message>
    <message>
        <location filename="../../engine/errors.py" line="132"/>
        <source>has {count} runs</source>
        <translation>学習結果が {count} 件しかありません</translation>
    </message>
    <message>
        <location filename="../../gui/app/dialogs/choose.py" line="50"/>
        <source>Which scenarios? The first is the one the others are compared with.</source>
        <translation>どのシナリオを含めますか？最初のシナリオが比較の基準になります。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/pdf.py" line="79"/>
        <source>%s: on the next page</source>
        <extracomment>the page (A4 landscape) and its margin, in mm type sizes in points: the summary column shrinks to MIN_PT at the least; the assumptions never shrink what may not begin a line (JIS X 4051 line-start prohibitions): closing brackets and quotes, the full stop, comma and middle dot, iteration and prolonged-sound marks, small kana; and their Latin counterparts what may not end a line: opening brackets and quotes a paragraph&apos;s last line shorter than this (&quot;す。&quot;, &quot;¥0)&quot;) takes characters from the line above</extracomment>
        <translation>%s：次のページをご覧ください</translation>
    </message>
    <message>
        <location filename="../../gui/reports/pdf.py" line="80"/>
        <source>Assumptions and sources: on the next page.</source>
        <translation>前提と出典は次のページにあります。</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="172"/>
        <source>Buying the cluster: %s up front; the programme carries %s of its depreciation.</source>
        <translation>クラスタの購入：初期に %s。このプログラムはその減価償却のうち %s を負担します。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/pdf.py" line="159"/>
        <source>Programme: %s</source>
        <translation>プログラム：%s</translation>
    </message>
    <message>
        <location filename="../../gui/reports/pdf.py" line="160"/>
        <source>The whole programme costs</source>
        <translation>プログラム全体の費用</translation>
    </message>
    <message>
        <location filename="../../gui/reports/pdf.py" line="184"/>
        <source>Compliance: %s</source>
        <translation>規制：%s</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="162"/>
        <source>Serving: %s</source>
        <extracomment>the serving sentence after its lead, &quot;Serving:&quot; (in bold)</extracomment>
        <translation>推論提供：%s</translation>
    </message>
    <message>
        <location filename="../../gui/reports/pdf.py" line="202"/>
        <source>What the rules count: the model&apos;s training compute, %s — pre-training and post-training; development and ablations on other models are left out.</source>
        <translation>規制が数えるもの：モデルの学習計算量 %s（事前学習と事後学習。他のモデルでの開発・アブレーションは除外）。</translation>
    </message>
    <message>
        <location filename="../../gui/reports/pdf.py" line="424"/>
        <source>Shares by stage</source>
        <extracomment>the height of the shares-by-stage chart, in mm</extracomment>
        <translation>段階ごとの内訳</translation>
    </message>
    <message>
        <location filename="../../engine/sensitivity.py" line="37"/>
        <source>Training precision (BF16 ↔ FP8)</source>
        <extracomment>The bar of the training precision: BF16 on the low side, FP8 on the high side (the inputs are the dense peaks the catalogue gives the accelerator in each), at the same MFU.</extracomment>
        <translation>学習の数値精度（BF16 ↔ FP8）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="17"/>
        <source>Development and ablations</source>
        <extracomment>Stage names (engine.programme.STAGES), in programme order.</extracomment>
        <translation>開発・アブレーション</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="18"/>
        <source>Pre-training (final run)</source>
        <translation>事前学習（最終学習）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="19"/>
        <source>Supervised and preference tuning</source>
        <translation>教師ありファインチューニング・選好学習</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="20"/>
        <location filename="../../engine/fields.py" line="365"/>
        <source>Reinforcement learning</source>
        <translation>強化学習</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="25"/>
        <location filename="../../engine/fields.py" line="354"/>
        <source>Development</source>
        <extracomment>Short stage names for charts and narrow columns.</extracomment>
        <translation>開発</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="26"/>
        <source>Pre-training</source>
        <translation>事前学習</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="27"/>
        <source>Tuning</source>
        <translation>ファインチューニング</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="28"/>
        <source>RL</source>
        <translation>強化学習</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="37"/>
        <source>EU: general-purpose AI model (indicative)</source>
        <extracomment>One colour per stage (colour-blind-safe Okabe–Ito), shared by the window&apos;s charts and the reports. The thresholds (resources/compliance.json, by id): a title and what crossing it means, in plain words.</extracomment>
        <translation>EU：汎用AIモデル（目安）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="38"/>
        <source>EU: systemic risk presumed</source>
        <translation>EU：システミックリスクの推定</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="39"/>
        <source>California SB 53: frontier model</source>
        <translation>カリフォルニア州 SB 53：フロンティアモデル</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="42"/>
        <source>Presumed a general-purpose AI model if it can generate text, audio, images or video (rebuttable either way): the AI Act&apos;s duties for such providers apply, technical documentation of training compute, time and energy among them.</source>
        <translation>テキスト・音声・画像・動画を生成できれば汎用AIモデルと推定されます（どちらの方向にも反証可能）。AI法の提供者義務が適用され、学習の計算量・期間・電力量の技術文書もその一つです。</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="45"/>
        <source>Presumed to have high-impact capabilities: notify the European Commission within two weeks of meeting the threshold or knowing it will be met — the Commission expects the estimate before the large pre-training run, in FLOP to two significant figures with its method.</source>
        <translation>高影響能力を持つと推定されます。閾値を超えた時点、または超えると分かった時点から2週間以内に欧州委員会へ通知します。委員会は大規模な事前学習の前に、有効数字2桁のFLOPと推定方法による見積りを求めています。</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="49"/>
        <source>A frontier model: a developer who trains or intends to train one has the Act&apos;s transparency duties; one with annual revenue above $500 million has more.</source>
        <translation>フロンティアモデル：これを学習する、または学習する予定の開発者には同法の透明性義務があり、年間売上5億ドル超の開発者にはさらに義務があります。</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="83"/>
        <source>crossed (%s× the threshold)</source>
        <translation>超過（閾値の %s 倍）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="84"/>
        <source>not crossed (%s of it)</source>
        <translation>未満（閾値の %s）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="84"/>
        <source>not crossed</source>
        <translation>未満</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="85"/>
        <source>%s — above %s FLOP: %s</source>
        <translation>%s — %s FLOP 超：%s</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="97"/>
        <source>Amount of computation used for training</source>
        <translation>学習に使った計算量</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="98"/>
        <source>Method (computation)</source>
        <translation>推定方法（計算量）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="99"/>
        <source>Hardware-based estimate before training: accelerators × seconds × peak FLOP/s × utilisation; pre-training and post-training, experiments on other models left out</source>
        <translation>学習前のハードウェアに基づく推定：アクセラレータ数 × 秒数 × ピーク FLOP/s × 利用効率。事前学習と事後学習を含み、他のモデルでの実験は除外</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="101"/>
        <source>Training time</source>
        <translation>学習期間</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="101"/>
        <source>%s days wall-clock; %s accelerator-days</source>
        <translation>実時間 %s 日、アクセラレータ %s 台日</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="103"/>
        <source>Amount of energy used for training</source>
        <translation>学習に使った電力量</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="104"/>
        <source>Method (energy)</source>
        <translation>推定方法（電力量）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="104"/>
        <source>Estimated: accelerators × power × host overhead × average draw × PUE × hours</source>
        <translation>推定：アクセラレータ数 × 電力 × ホストの上乗せ × 平均消費率 × PUE × 時間</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="105"/>
        <source>Number of parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="118"/>
        <source>%s months</source>
        <translation>%s か月</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="123"/>
        <source>%s days + %s months</source>
        <translation>%s 日 + %s か月</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="140"/>
        <source>%s (%s–%s with development %s×–%s× the final run, the published spread)</source>
        <translation>%s（%s–%s：開発を最終学習の %s–%s 倍とした公表値の幅）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="150"/>
        <source>memory-bandwidth-bound</source>
        <translation>メモリ帯域が上限</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="150"/>
        <source>compute-bound</source>
        <translation>演算性能が上限</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="151"/>
        <source>%s tokens after a %s-token prompt</source>
        <translation>%s トークン（%s トークンのプロンプトの後）</translation>
    </message>
    <message>
        <location filename="../../gui/text/programme.py" line="154"/>
        <source>%s queries a day of %s for %s months: %s accelerators at the peak (%s per copy of the weights, %s); %s a month, %s per million queries.</source>
        <translation>1日 %s クエリ × %s を %s か月：ピーク時に %s 台（重み1コピーあたり %s 台、%s）。月 %s、100万クエリあたり %s。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../gui/app/crash.py" line="94"/>
        <source>Something went wrong inside ScalePlan: %s</source>
        <translation>ScalePlanの内部で問題が発生しました：%s</translation>
    </message>
    <message>
        <location filename="../../gui/app/crash.py" line="96"/>
        <source>Your unsaved work was written to the recovery file.</source>
        <translation>未保存の作業は復元用ファイルに書き出しました。</translation>
    </message>
    <message>
        <location filename="../../gui/app/crash.py" line="98"/>
        <source>The details are in the log file:
%s</source>
        <translation>詳細はログファイルにあります：
%s</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <location filename="../../gui/app/document.py" line="159"/>
        <source>Change scenario</source>
        <translation>シナリオの変更</translation>
    </message>
</context>
</TS>
