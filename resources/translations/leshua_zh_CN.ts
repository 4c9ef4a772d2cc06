<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="103"/>
        <source>Evidence sheet</source>
        <translation>查询凭证单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="114"/>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="124"/>
        <source>Save evidence sheet</source>
        <translation>保存凭证单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="114"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/evidence_sheet.py" line="124"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="379"/>
        <source>Job %1 was asked for merchant %2: choose that merchant&apos;s profile.</source>
        <extracomment>how often the window hears how the job goes the rate (and so the time left) is measured over this last stretch of running how often the history panel is told of the job&apos;s new records while it runs (and at its end) unique orders of the job, and how many of them have an outcome orders per second lately (0 while paused or before the first answer) seconds left at that rate (None: not known yet, or paused) verified answers by trade state code busy answers the gateway gave in this run (each asked again) the totals the job&apos;s process counted (RunTotals), passed on with the next tick the job being run (or last run)</extracomment>
        <translation>任务 %1 是为商户 %2 查询的：请选择该商户的配置。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="384"/>
        <source>There is no batch job %1 any more.</source>
        <translation>批量任务 %1 已不存在。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="388"/>
        <source>This profile has no transaction key: add it in File &gt; Manage profiles…, then resume the job.</source>
        <translation>此商户配置没有交易密钥：请在“文件 &gt; 管理商户配置…”中添加，然后继续该任务。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/controller.py" line="393"/>
        <source>The job stopped: %1. What was answered is kept.</source>
        <translation>任务已停止：%1。已得到的应答均已保留。</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="186"/>
        <source>Check a list of orders — %1</source>
        <extracomment>the results table is read again (and repainted) every this many controller ticks while a job runs: every two seconds, so the window paints its rows calmly however fast they come the window was closed (its workers stopped and its jobs file closed) a run ended: RunEnd (tests wait on it) the results panel is built and shows the job (tests wait on it) the job shown (being run, or last run)</extracomment>
        <translation>批量查单 — %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="186"/>
        <source>Leshua Desk</source>
        <translation>乐刷查单助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="187"/>
        <source>Open the sa&amp;mple list</source>
        <translation>打开示例清单(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="190"/>
        <source>200 demo orders with the amounts the books hold, a few of them wrong on purpose</source>
        <translation>200 笔演示订单及账上的金额，其中几笔故意写错</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="196"/>
        <source>Check a&amp;nother list</source>
        <translation>查另一份清单(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="215"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="222"/>
        <source>No profile to check with: create one first (File &gt; Manage profiles… in the main window).</source>
        <translation>没有可用于查询的商户配置：请先创建一个（主窗口的“文件 &gt; 管理商户配置…”）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="228"/>
        <source>Checking as %1 (merchant %2)</source>
        <translation>查询身份：%1（商户号 %2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="294"/>
        <source>A job is running: wait for it, or cancel it first.</source>
        <translation>有任务正在进行：请等待其结束，或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="306"/>
        <source>That batch job is not in the jobs file any more.</source>
        <translation>批量任务文件中已没有这个任务。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="318"/>
        <source>No profile “%1” for merchant %2 any more: job %3 cannot be resumed.</source>
        <translation>商户 %2 的配置“%1”已不存在：无法继续任务 %3。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="373"/>
        <source>a pasted list</source>
        <translation>粘贴的清单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="375"/>
        <source>Job %1 · %2 · rows: %3, orders to ask: %4</source>
        <translation>任务 %1 · %2 · 行数：%3，要查询的订单：%4</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="400"/>
        <source>Every order of the list has an answer.</source>
        <translation>清单中的每个订单都已得到应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="404"/>
        <source>Stopped. Left to ask: %1; the job can be resumed.</source>
        <translation>已停止。尚未查询：%1 个；该任务可以继续。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="423"/>
        <source>The job could not go on</source>
        <translation>任务无法继续</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="467"/>
        <source>The batch jobs file could not be read: %1</source>
        <translation>无法读取批量任务文件：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="510"/>
        <source>Row %1 was not sent: %2</source>
        <translation>第 %1 行未发送：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="515"/>
        <source>Row %1 has not been asked yet.</source>
        <translation>第 %1 行尚未查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="550"/>
        <source>The full answer of order %1 is not in the history: it was deleted or pruned, or the job ran without recording. What the job kept: %2</source>
        <translation>订单 %1 的完整应答不在查询记录中：可能已被删除或按保留期限清理，或该任务运行时未记录。任务保留的结果：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="555"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="583"/>
        <source>A job is running</source>
        <translation>任务正在进行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="585"/>
        <source>The job is still asking the gateway. Pause it and close the window? It can be resumed later: it is offered at the next start.</source>
        <translation>任务仍在向网关查询。要暂停任务并关闭窗口吗？之后可以继续：下次启动时会提示继续。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="591"/>
        <source>&amp;Pause and close</source>
        <translation>暂停并关闭(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/batch_window.py" line="592"/>
        <source>&amp;Keep running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="116"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="123"/>
        <source>Check a callback</source>
        <translation>核验异步通知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="125"/>
        <source>Paste the body Leshua sent to the merchant&apos;s notify_url (the XML, as received). It is checked with the profile&apos;s notify key, which is not the transaction key.</source>
        <translation>粘贴乐刷发送到商户 notify_url 的报文（收到的 XML 原文）。核验使用配置中的异步通知密钥，而不是交易密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="128"/>
        <source>&amp;Profile:</source>
        <translation>商户配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="129"/>
        <source>Load a &amp;demo callback</source>
        <translation>载入演示通知(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="130"/>
        <source>&amp;Check</source>
        <translation>核验(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="132"/>
        <source>Callback body</source>
        <translation>通知报文</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="133"/>
        <source>Signature details</source>
        <translation>签名详情</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="150"/>
        <source>Create a profile first (File &gt; Manage profiles…) with the merchant&apos;s notify key: a callback is checked with it.</source>
        <translation>请先创建商户配置（文件 &gt; 管理商户配置…）并填写异步通知密钥：异步通知用它核验。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="157"/>
        <source>Check the pasted body with this profile&apos;s notify key</source>
        <translation>用此配置的异步通知密钥核验粘贴的报文</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="171"/>
        <source>Paste the callback body first (the XML Leshua sent).</source>
        <translation>请先粘贴异步通知报文（乐刷发送的 XML）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="189"/>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="204"/>
        <source>This profile has no notify key: add it in Manage profiles.</source>
        <translation>此配置没有异步通知密钥：请在“管理商户配置”中添加。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="216"/>
        <source>The check could not be completed (%1): the log has the details.</source>
        <translation>核验未能完成（%1）：详情见日志。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="266"/>
        <source>The body could not be read: %1</source>
        <translation>报文无法解析：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="281"/>
        <source>Genuine: signed with this profile&apos;s notify key. Order %1: %2, amount %4. The merchant&apos;s server must answer %3 (plain text), or Leshua sends it again.</source>
        <translation>验签通过：由此配置的异步通知密钥签名。订单 %1：%2，金额 %4。商户服务器必须回复 %3（纯文本），否则乐刷会再次发送。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="286"/>
        <source>Not verified: do not act on it. Order %1: %2, amount %4.</source>
        <translation>验签未通过：请勿据此操作。订单 %1：%2，金额 %4。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="289"/>
        <source>It was signed with the transaction key instead of the notify key: ask Leshua to check the merchant&apos;s notify key.</source>
        <translation>它是用交易密钥而非异步通知密钥签名的：请联系乐刷核对商户的异步通知密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="293"/>
        <source>It may be forged or changed, or the profile&apos;s notify key is wrong.</source>
        <translation>它可能被伪造或篡改，或者配置中的异步通知密钥有误。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="306"/>
        <source>Rule that matched</source>
        <translation>匹配的规则</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="308"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="309"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="311"/>
        <source>String that was signed (key masked)</source>
        <translation>签名原串（密钥已隐藏）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="314"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="72"/>
        <source>Close an unpaid order</source>
        <extracomment>what close_guarded returned (None: not run, running, or it raised)</extracomment>
        <translation>关闭未支付的订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="75"/>
        <source>Close this unpaid order at the gateway?</source>
        <translation>要在网关关闭这笔未支付的订单吗？</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="87"/>
        <source>not known (the answer did not say)</source>
        <translation>未知（应答中没有）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="91"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="92"/>
        <source>%1 (profile %2)</source>
        <translation>%1（商户配置 %2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="96"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="97"/>
        <source>Merchant:</source>
        <translation>商户：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="101"/>
        <source>Once the order is closed, a payment arriving later for it is refused: the payer has to pay again on a new order. Closing cannot be undone.</source>
        <translation>订单一旦关闭，之后到达的该订单付款将被拒绝：付款人需要通过新订单重新支付。关闭后无法撤销。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="113"/>
        <source>The order is queried again right before closing (only a verified “paying” order is closed) and right after (the state shown then is that verified answer).</source>
        <translation>关闭前会立即再次查询订单（只有验签通过且为“支付中”的订单才会被关闭），关闭后也会立即再查一次（届时显示的就是这次验签通过的应答中的状态）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="120"/>
        <source>&amp;Type or paste the order number to confirm:</source>
        <translation>输入或粘贴订单号以确认(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="123"/>
        <source>Order number, to confirm</source>
        <translation>用于确认的订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="140"/>
        <source>Clos&amp;e order</source>
        <extracomment>why Close order is not enabled yet (shown while the number does not match) &quot;Closing…&quot;, then what came of it</extracomment>
        <translation>关闭订单(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="142"/>
        <source>Close this unpaid order at the gateway (a payment arriving later is refused)</source>
        <translation>在网关关闭这笔未支付的订单（之后到达的付款将被拒绝）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="149"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="196"/>
        <source>Closing orders is not allowed for this profile: its owner can allow it in File &gt; Manage profiles…</source>
        <translation>此商户配置不允许关闭订单：其所有者可在“文件 &gt; 管理商户配置…”中允许。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="202"/>
        <source>That is not this order&apos;s number: check every character.</source>
        <translation>这不是该订单的订单号：请逐个字符核对。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="204"/>
        <source>Type the order number exactly as shown above to enable Close order.</source>
        <translation>请按上方显示原样输入订单号，才能使用“关闭订单”。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="225"/>
        <source>Closing… (asking the order&apos;s state, closing it, asking again)</source>
        <translation>正在关闭…（查询订单状态、关闭、再次查询）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="249"/>
        <source>Nothing was sent to close: %1</source>
        <translation>未发送关闭请求：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="255"/>
        <source>Closing stopped on an unexpected problem (%1): whether the close was sent is not known. Query the order again; the log has the details.</source>
        <translation>关闭因意外问题中止（%1）：不确定关闭请求是否已发送。请重新查询该订单；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="277"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="292"/>
        <source>Gateway said: %1</source>
        <translation>网关原文：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="294"/>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="302"/>
        <source>Closed. The order was queried again after closing: its verified state is %1.</source>
        <translation>已关闭。关闭后再次查询了该订单：验签通过的状态为%1。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="309"/>
        <source>Not closed: closing orders is not allowed for this profile. Nothing was sent.</source>
        <translation>未关闭：此商户配置不允许关闭订单。未发送任何请求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="313"/>
        <source>Not closed: the number typed is not this order&apos;s number. Nothing was sent.</source>
        <translation>未关闭：输入的号码不是该订单的订单号。未发送任何请求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="320"/>
        <source>Not closed: the order&apos;s state could not be asked right before closing, so nothing was sent to close. %1</source>
        <translation>未关闭：关闭前未能查询到订单状态，因此未发送关闭请求。%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="328"/>
        <source>Not closed: the answer right before closing did not verify (%1). An answer that does not verify is never taken for paying: nothing was sent to close.</source>
        <translation>未关闭：关闭前的应答未通过验签（%1）。未通过验签的应答绝不会被当作“支付中”：未发送关闭请求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="337"/>
        <source>Not closed: the order is already %1 (verified, queried right before closing). Only an order still paying can be closed: nothing was sent to close.</source>
        <translation>未关闭：该订单已是%1（关闭前刚查询，验签通过）。只有仍在支付中的订单才能关闭：未发送关闭请求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="349"/>
        <source>Queried again after: its verified state is %1.</source>
        <translation>关闭后再次查询：验签通过的状态为%1。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="351"/>
        <source>Queried again after: no verified answer came.</source>
        <translation>关闭后再次查询：没有收到验签通过的应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="358"/>
        <source>The gateway refused to close the order: %1</source>
        <translation>网关拒绝关闭该订单：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="366"/>
        <source>A barcode payment order can only be closed %1 minutes after it was created: try again later.</source>
        <translation>付款码支付的订单只能在创建 %1 分钟后关闭：请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="375"/>
        <source>The order changed in the meantime: it is %1 now (verified).</source>
        <translation>该订单在此期间已发生变化：现在是%1（验签通过）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="385"/>
        <source>The gateway answered that it closed the order, but the query right after says %1 (verified): the order changed in the meantime.</source>
        <translation>网关应答已关闭该订单，但随后立即查询的结果为%1（验签通过）：该订单在此期间已发生变化。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/close_dialog.py" line="390"/>
        <source>Sent but not confirmed: query the order again to know its state.</source>
        <translation>已发送但未确认：请重新查询该订单以确认其状态。</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="145"/>
        <source>Not a day: type it as 2026-12-01 or 20261201, or leave it empty for any day</source>
        <extracomment>The widest a column opens (its cell elides the rest, its tooltip holds it all).</extracomment>
        <translation>不是有效日期：请输入 2026-12-01 或 20261201，留空表示不限日期</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../leshua_gui/ui/demo_banner.py" line="28"/>
        <source>DEMO — a local sandbox gateway at %1 with made-up orders. Nothing here touches a real merchant.</source>
        <translation>演示模式 — 本机沙箱网关 %1，订单均为虚构，不会涉及任何真实商户。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/demo_banner.py" line="31"/>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="36"/>
        <source>Welcome to Leshua Desk</source>
        <translation>欢迎使用乐刷查单助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="37"/>
        <source>Look up Leshua payment orders and check that the gateway&apos;s answer is genuine. Create a profile with your merchant id and keys, or open the demo to see every order state on a local sandbox gateway.</source>
        <translation>查询乐刷支付订单，并核验网关应答的真实性。请用商户号和密钥创建一个商户配置，或打开演示，在本机沙箱网关上查看各种订单状态。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="41"/>
        <source>&amp;Create a profile…</source>
        <translation>创建商户配置(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/first_run.py" line="42"/>
        <source>Open the &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="67"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="68"/>
        <source>Look up the order in the query bar</source>
        <translation>查询输入栏中的订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="71"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/help_dialog.py" line="72"/>
        <source>Stop the running query</source>
        <translation>停止正在进行的查询</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="153"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="184"/>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="187"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="176"/>
        <source>%1 (untrusted)</source>
        <translation>%1（不可信）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="186"/>
        <source>Close attempt</source>
        <translation>关闭订单请求</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="203"/>
        <source>not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="216"/>
        <source>Gateway not reached</source>
        <translation>无法连接网关</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="217"/>
        <source>No answer in time</source>
        <translation>网关未及时应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="218"/>
        <source>Unreadable answer</source>
        <translation>应答无法解析</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="269"/>
        <source>An attempt to close the order</source>
        <translation>请求关闭订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="270"/>
        <source>An attempt to close the order, by %1</source>
        <translation>请求关闭订单（操作系统用户：%1）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="296"/>
        <source>As the gateway wrote it: %1</source>
        <translation>网关原文：%1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="299"/>
        <source>Queried at</source>
        <extracomment>&quot;Watch until final&quot; on an order lookup whose answer is not final (HistoryRecord.watchable)</extracomment>
        <translation>查询时间</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="299"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="332"/>
        <source>Profile</source>
        <translation>商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="300"/>
        <source>Merchant id</source>
        <translation>商户号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="301"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="301"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="329"/>
        <source>Lookup</source>
        <translation>查询类型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="302"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="331"/>
        <source>Trade state</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="303"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="331"/>
        <source>Pay way</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="303"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="304"/>
        <source>Settlement</source>
        <translation>结算金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="305"/>
        <source>Paid at (Beijing time)</source>
        <translation>支付时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="306"/>
        <source>Signature / error</source>
        <translation>签名 / 错误</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="314"/>
        <source>Search the history</source>
        <translation>搜索查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="315"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="317"/>
        <source>Any pay way</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="319"/>
        <source>Any outcome</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="323"/>
        <source>Errors</source>
        <translation>出错的查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="325"/>
        <source>Any lookup</source>
        <translation>全部查询类型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="326"/>
        <source>Order lookups</source>
        <translation>订单查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="326"/>
        <source>Refund lookups</source>
        <translation>退款查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="327"/>
        <source>Close attempts</source>
        <translation>关闭订单请求</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="332"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="334"/>
        <source>D&amp;uring:</source>
        <translation>日期(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="335"/>
        <source>Any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="336"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="336"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="337"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="337"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="338"/>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="340"/>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="341"/>
        <source>by query time</source>
        <translation>按查询时间</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="342"/>
        <source>by pay time</source>
        <translation>按支付时间</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="343"/>
        <source>Days compare</source>
        <translation>日期依据</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="345"/>
        <source>Compare the days with the time of the query, or with the pay time the answer gave (Beijing time; rows without a pay time then do not match)</source>
        <translation>按查询时间或应答中的支付时间筛选日期（支付时间为北京时间；按支付时间筛选时，没有支付时间的记录不列出）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="348"/>
        <source>Include untrusted answers</source>
        <translation>包括不可信的应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="350"/>
        <source>A trade state filter lists answers with a verified signature only. Tick to list forged, unsigned or faulty answers claiming that state too (marked untrusted; their amounts are never exported as numbers).</source>
        <translation>按交易状态筛选时只列出签名核验通过的应答。勾选后也列出声称该状态的伪造、无签名或有误的应答（标为不可信；其金额导出时不会作为数字）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="354"/>
        <source>Latest answer per order</source>
        <translation>每个订单只看最新应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="356"/>
        <source>Of the rows matching the filters, show only the newest for each order (the same order, merchant, environment and lookup), so that a repeated query is listed and exported once.</source>
        <translation>在符合筛选条件的记录中，每个订单（同一订单、商户、环境和查询类型）只显示最新的一条，重复查询只列出和导出一次。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="361"/>
        <source>from any day</source>
        <translation>起始：不限</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="362"/>
        <source>to any day</source>
        <translation>截止：不限</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="366"/>
        <source>Type a day (2026-12-01 or 20261201), press Alt+Down for a calendar, or leave it empty for any day</source>
        <translation>输入日期（2026-12-01 或 20261201），按 Alt+↓ 打开日历，留空表示不限日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="369"/>
        <source>Pick the day from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="370"/>
        <source>Sho&amp;w answer</source>
        <translation>查看应答(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="373"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="376"/>
        <source>Watch until final</source>
        <translation>持续查询至最终状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="374"/>
        <source>Show answer</source>
        <translation>查看应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="375"/>
        <source>Query again</source>
        <translation>重新查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="377"/>
        <source>Remove selected…</source>
        <translation>删除所选…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="378"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="382"/>
        <source>Remo&amp;ve selected…</source>
        <translation>删除所选(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="383"/>
        <source>C&amp;lear history…</source>
        <translation>清空记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="514"/>
        <source>No queries recorded yet: every lookup you run is listed here.</source>
        <translation>还没有查询记录：每次查询都会列在这里。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="515"/>
        <source>No query matches the filters.</source>
        <translation>没有符合筛选条件的查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="518"/>
        <source>The search matches the beginning or the end of an id (order, Leshua, transaction or refund number), not its middle.</source>
        <translation>搜索只匹配单号（商户订单号、乐刷订单号、交易单号或退款单号）的开头或结尾，不匹配中间部分。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="526"/>
        <source>%n+ queries (scroll for more)</source>
        <translation>
            <numerusform>%n+ 条查询（向下滚动查看更多）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="528"/>
        <source>%n queries</source>
        <translation>
            <numerusform>%n 条查询</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="545"/>
        <source>Select a row first</source>
        <translation>请先选择一行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="550"/>
        <source>Asks the order&apos;s state again; the close is never sent again</source>
        <translation>重新查询订单的状态；不会再次发送关闭请求</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="555"/>
        <source>Ask this order&apos;s state again in the background until it is final (paid, failed or closed), and say when it is</source>
        <translation>在后台持续查询这笔订单，直到状态为最终状态（支付成功、支付失败或订单关闭），届时提醒您</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="560"/>
        <source>Only an order lookup whose answer is not final (paying, not found, unknown, or the gateway not reached) can be watched</source>
        <translation>只有应答尚非最终状态（支付中、订单不存在、状态未知或无法连接网关）的订单查询才能持续查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="564"/>
        <source>Select one row</source>
        <translation>请只选择一行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="645"/>
        <source>Remove queries</source>
        <translation>删除查询记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="646"/>
        <source>Remove %n selected queries from the history? This cannot be undone.</source>
        <translation>
            <numerusform>从查询记录中删除所选的 %n 条？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="657"/>
        <source>Delete all %n queries in the history? This cannot be undone.</source>
        <translation>
            <numerusform>删除全部 %n 条查询记录？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="664"/>
        <source>Delete the %n queries the filters show? The queries they hide are kept. This cannot be undone.</source>
        <translation>
            <numerusform>删除当前筛选列出的 %n 条查询？未列出的记录会保留。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="666"/>
        <source>Clear the filtered queries</source>
        <translation>清除筛选出的查询</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/history_panel.py" line="701"/>
        <source>%n rows written to %1</source>
        <translation>
            <numerusform>已写入 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="361"/>
        <source>From day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="308"/>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="309"/>
        <source>The beginning or the end of any id</source>
        <translation>任一单号的开头或结尾</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="311"/>
        <source>Matches the beginning or the end of an order, Leshua, transaction or refund number (not its middle)</source>
        <translation>匹配商户订单号、乐刷订单号、交易单号或退款单号的开头或结尾（不匹配中间部分）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="362"/>
        <source>To day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="371"/>
        <source>Query a&amp;gain</source>
        <translation>重新查询(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="380"/>
        <source>Write the rows matching the filter to Excel (.xlsx) or CSV</source>
        <translation>将符合筛选条件的记录导出为 Excel (.xlsx) 或 CSV</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="384"/>
        <source>Query history</source>
        <translation>查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="400"/>
        <source>Any profile</source>
        <translation>全部配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="401"/>
        <source>(no profile)</source>
        <translation>（无配置）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="486"/>
        <source>The history could not be written: %1</source>
        <translation>查询记录无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="490"/>
        <source>it was written by a newer version of Leshua Desk</source>
        <translation>它由更新版本的乐刷查单助手写入</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="491"/>
        <source>it is damaged</source>
        <translation>它已损坏</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="495"/>
        <source>The history file was set aside as %1 (%2) and a new one started; nothing was deleted.</source>
        <translation>查询记录文件已另存为 %1（%2），并已新建一个；没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="659"/>
        <source>Clear history</source>
        <translation>清空查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="673"/>
        <source>The history is not answering: the change may not be saved yet.</source>
        <translation>查询记录没有响应：更改可能尚未保存。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="680"/>
        <source>Export history</source>
        <translation>导出查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="681"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="694"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="706"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>HistoryUnavailableView</name>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="22"/>
        <source>another program is using it (it is locked)</source>
        <translation>另一个程序正在使用它（已被锁定）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="26"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="28"/>
        <source>its folder or file cannot be written</source>
        <translation>其文件夹或文件无法写入</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="32"/>
        <source>the file cannot be opened</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="34"/>
        <source>it is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="36"/>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="81"/>
        <source>Try a&amp;gain</source>
        <translation>重试(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="87"/>
        <source>The query history cannot be opened now: {reason}. Nothing was set aside or lost; queries still work but are not recorded until it opens.

{details}</source>
        <translation>查询历史记录现在无法打开：{reason}。没有另存或丢失任何内容；查询仍可进行，但在历史记录能打开之前不会被记录。

{details}</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="149"/>
        <source>&amp;Paste a column of order numbers, open a file or drop one here:</source>
        <extracomment>a pasted list is read this long after the last change (typing stays smooth) the paste area&apos;s height at most (the preview below needs the room) a list was read (or could not be): the preview shown is up to date (tests wait on it)</extracomment>
        <translation>粘贴一列订单号、打开文件或把文件拖到这里(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="154"/>
        <source>One order number a line, as copied from Excel, WPS or a chat. A second column of expected amounts (12.34, ¥1,234.50) is read too.</source>
        <translation>每行一个订单号，可直接从 Excel、WPS 或聊天中复制。第二列的应收金额（12.34、¥1,234.50）也会一并读取。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="158"/>
        <source>List of order numbers</source>
        <translation>订单号清单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="159"/>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="160"/>
        <source>A .txt (one order number a line), .csv or .xlsx list</source>
        <translation>.txt（每行一个订单号）、.csv 或 .xlsx 清单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="161"/>
        <source>Paste a list &amp;instead</source>
        <translation>改为粘贴清单(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="162"/>
        <source>Order &amp;numbers:</source>
        <translation>订单号列(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="163"/>
        <source>E&amp;xpected amounts:</source>
        <translation>应收金额列(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="164"/>
        <source>&amp;Kind:</source>
        <translation>订单号类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="189"/>
        <source>Open a list of orders</source>
        <translation>打开订单清单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="190"/>
        <source>Lists of orders (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation>订单清单 (*.txt *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="204"/>
        <source>“%1” is not a list this window reads: use a .txt, .csv or .xlsx file.</source>
        <translation>“%1”不是本窗口能读取的清单：请使用 .txt、.csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="211"/>
        <source>List: %1  (%2)</source>
        <translation>清单：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="258"/>
        <source>Reading the list…</source>
        <translation>正在读取清单…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="308"/>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="316"/>
        <source>This list cannot be read: %1</source>
        <translation>无法读取此清单：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="312"/>
        <source>the file cannot be opened (it may have been moved, or it may not be readable)</source>
        <translation>文件无法打开（可能已被移走，或没有读取权限）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="343"/>
        <source>Nothing is sent before you press Start.</source>
        <translation>按“开始”之前不会发送任何查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="348"/>
        <source>Orders to ask: %1. Nothing is sent before you press Start.</source>
        <translation>要查询的订单：%1 个。按“开始”之前不会发送任何查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="353"/>
        <source>No order number in this list can be asked.</source>
        <translation>此清单中没有可以查询的订单号。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="359"/>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="360"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="370"/>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="380"/>
        <source>Auto: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="372"/>
        <source>Auto (by the header)</source>
        <translation>自动（按表头）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="378"/>
        <source>Auto: none found</source>
        <translation>自动：未找到</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="383"/>
        <source>None: no expected amounts</source>
        <translation>无：不核对金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="387"/>
        <source>Auto (by the header, else by each number)</source>
        <translation>自动（按表头，否则按每个订单号的格式）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="388"/>
        <source>Merchant order numbers</source>
        <translation>商户订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/input_panel.py" line="389"/>
        <source>Leshua order numbers</source>
        <translation>乐刷订单号</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="68"/>
        <source>Show or hide the %1</source>
        <translation>显示或隐藏%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="365"/>
        <location filename="../../leshua_gui/ui/main_window.py" line="412"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation>正在查询：请等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="369"/>
        <source>No profile “%1” for merchant %2 any more: the query was not repeated.</source>
        <translation>已没有商户号 %2 的配置“%1”：未重新查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="175"/>
        <source>Leshua Desk</source>
        <translation>乐刷查单助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="302"/>
        <source>Query cancelled: the order&apos;s state is unknown, not unpaid.</source>
        <translation>查询已取消：订单状态未知，并非未支付。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="137"/>
        <source>Copied to the clipboard.</source>
        <extracomment>the last finished lookup (its result is what the result and raw views show) the window for lists of orders, and the offer to resume a batch job (made when needed)</extracomment>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="176"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="414"/>
        <source>Create a profile first: File &gt; Manage profiles…</source>
        <translation>请先创建商户配置：文件 &gt; 管理商户配置…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="419"/>
        <source>Type the order number first, then look up its refund.</source>
        <translation>请先输入订单号，再查询其退款。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="46"/>
        <source>Order %1 is now %2 (%3)</source>
        <extracomment>How long a tray message stays (the system may shorten it).</extracomment>
        <translation>订单 %1 的状态已变为：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="51"/>
        <source>Order %1 is now %2</source>
        <translation>订单 %1 的状态已变为：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="54"/>
        <source>Order %1 is still unpaid after %2 of watching</source>
        <translation>订单 %1 已持续查询 %2，仍未支付</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="62"/>
        <source>Stopped watching %1 after %2: still %3</source>
        <translation>已停止持续查询 %1（已查询 %2）：仍为%3</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="68"/>
        <source>Stopped watching %1 after %2 without a verified answer</source>
        <translation>已停止持续查询 %1（已查询 %2）：未得到验签通过的应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="76"/>
        <source>Stopped watching %1: its profile “%2” is gone</source>
        <translation>已停止持续查询 %1：商户配置“%2”已不存在</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="149"/>
        <source>Leshua Desk</source>
        <extracomment>not named `event`: that is QObject.event, the virtual every Qt event goes through the language of the states named (the window sets it with its own)</extracomment>
        <translation>乐刷查单助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="175"/>
        <source>Leshua Desk · orders watched: %1 · new notices: %2</source>
        <translation>乐刷查单助手 · 持续查询的订单：%1 · 新提醒：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_notices.py" line="179"/>
        <source>Leshua Desk · orders watched: %1</source>
        <translation>乐刷查单助手 · 持续查询的订单：%1</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="105"/>
        <location filename="../../leshua_gui/ui/order_actions.py" line="171"/>
        <source>The order could not be watched: %1</source>
        <extracomment>each watch&apos;s last lookup of this run, shown when its notice is clicked watches asked for while the list was being opened, made once it is the merchant (and environment) whose batch job runs now: its checks wait</extracomment>
        <translation>无法持续查询该订单：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="161"/>
        <source>Watching %1 until its state is final: see the Watch tab.</source>
        <translation>正在持续查询 %1，直到其状态为最终状态：请查看“持续查询”标签页。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="163"/>
        <source>%1 is already watched: see the Watch tab.</source>
        <translation>%1 已在持续查询中：请查看“持续查询”标签页。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="191"/>
        <source>No profile “%1” for merchant %2 any more: the order is not watched.</source>
        <translation>商户 %2 的商户配置“%1”已不存在：该订单未加入持续查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="226"/>
        <location filename="../../leshua_gui/ui/order_actions.py" line="279"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation>正在查询：请等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="252"/>
        <source>No answer of this order is in the history.</source>
        <translation>查询记录中没有该订单的应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/order_actions.py" line="289"/>
        <source>This profile has changed since the query: query again.</source>
        <translation>该商户配置在查询之后已更改：请重新查询。</translation>
    </message>
</context>
<context>
    <name>OrderResultDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="46"/>
        <source>Order %1 (batch job %2)</source>
        <translation>订单 %1（批量任务 %2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="53"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="66"/>
        <source>&amp;Result</source>
        <translation>查询结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="67"/>
        <source>R&amp;aw</source>
        <translation>原始报文(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/order_result.py" line="74"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="88"/>
        <source>Rows read</source>
        <extracomment>rows listed in the table at most (all of them are in the job and its results)</extracomment>
        <translation>读取的行数</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="89"/>
        <source>Orders to ask</source>
        <translation>要查询的订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="90"/>
        <source>Rows not sent</source>
        <translation>不发送的行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="91"/>
        <source>Orders listed twice or more (asked once)</source>
        <translation>重复出现的订单（只查询一次）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="92"/>
        <source>Rows to check (Excel numbers)</source>
        <translation>需核对的行（Excel 数字）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="98"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="99"/>
        <source>Order number as written</source>
        <translation>原文订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="100"/>
        <source>Amount as written</source>
        <translation>原文金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="101"/>
        <source>Not sent, or to check</source>
        <translation>不发送的原因或需核对之处</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="104"/>
        <source>Rows not sent and rows to check</source>
        <translation>不发送的行和需核对的行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="151"/>
        <source>Repeats row %1: asked once</source>
        <translation>与第 %1 行重复：只查询一次</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/preview_view.py" line="180"/>
        <source>Rows not listed here: %1 (every row is in the job&apos;s results).</source>
        <translation>未在此列出的行：%1（每一行都会出现在任务结果中）。</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="42"/>
        <source>&amp;Profile:</source>
        <extracomment>the profiles in the selector by id: the query bar asks for the current profile on every keystroke, and reading profiles.json each time would put disk I/O in typing</extracomment>
        <translation>商户配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="43"/>
        <source>&amp;Manage profiles…</source>
        <translation>管理商户配置(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="44"/>
        <source>Manage profiles</source>
        <translation>管理商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="82"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_bar.py" line="97"/>
        <source>A query is running: wait for it or cancel it (Esc).</source>
        <translation>正在查询：请等待其结束或取消（Esc）。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193"/>
        <source>Manage profiles</source>
        <translation>管理商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="198"/>
        <source>Add profiles from a file a colleague exported (you enter the keys)</source>
        <translation>从同事导出的文件添加商户配置（需要您输入密钥）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="200"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="202"/>
        <source>Write the profiles to a file for a colleague (never the keys)</source>
        <translation>把商户配置导出到文件交给同事（不含密钥）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="204"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="205"/>
        <source>&amp;Test this profile</source>
        <translation>测试此配置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207"/>
        <source>Keep keys for this session only (asked again at the next start)</source>
        <translation>密钥仅在本次运行中保留（下次启动时重新输入）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="210"/>
        <source>&amp;Merchant id:</source>
        <translation>商户号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="210"/>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="211"/>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="211"/>
        <source>Gateway &amp;URL:</source>
        <translation>网关地址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="212"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="212"/>
        <source>Transaction &amp;key:</source>
        <translation>交易密钥(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="213"/>
        <source>Noti&amp;fy key:</source>
        <translation>异步通知密钥(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="214"/>
        <source>Tell me &amp;when still unpaid after:</source>
        <translation>超时未支付提醒(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="218"/>
        <source>10 digits, leading zeros count</source>
        <translation>10 位数字，前导 0 有效</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="219"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="220"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="381"/>
        <source>transaction key</source>
        <translation>交易密钥</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="221"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="382"/>
        <source>notify key</source>
        <translation>异步通知密钥</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="222"/>
        <source>Allow c&amp;losing orders</source>
        <translation>允许关闭订单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="225"/>
        <source>Closing changes the order at the gateway: a payment that arrives after it is refused.</source>
        <translation>关闭会改变网关上的订单：之后到达的付款会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="230"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="231"/>
        <source>never</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="234"/>
        <source>How long an order being watched may stay unpaid before you are told, so you can close it; 0 means never.</source>
        <translation>持续查询中的订单未支付超过这个时间就提醒您，以便关闭它；0 表示不提醒。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="238"/>
        <source>Tell me when still unpaid after (minutes)</source>
        <translation>超时未支付提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>Test</source>
        <translation>测试环境</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="243"/>
        <source>Sandbox (local demo)</source>
        <translation>沙箱（本机演示）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="243"/>
        <source>Custom URL</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="248"/>
        <source>Profiles</source>
        <translation>商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="256"/>
        <source>Keys are kept in the system keyring (%1).</source>
        <translation>密钥保存在系统钥匙串中（%1）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="276"/>
        <source>no keyring was found</source>
        <translation>没有找到钥匙串</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="277"/>
        <source>it discards every secret</source>
        <translation>它会丢弃所有密钥</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="278"/>
        <source>it keeps secrets in a file other programs can read</source>
        <translation>它把密钥存放在其他程序可读取的文件中</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="279"/>
        <source>it could not be loaded</source>
        <translation>它无法加载</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="282"/>
        <source>The keyring found here (%1) cannot keep keys safely: %2.</source>
        <translation>此处找到的钥匙串（%1）无法安全保存密钥：%2。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="290"/>
        <source>A safe keyring is installed too: pick it explicitly with the environment variable PYTHON_KEYRING_BACKEND=%1 (or default-keyring=%1 in keyringrc.cfg), or uninstall keyrings.alt; or keep the keys for this session only.</source>
        <translation>这里也装有安全的密钥环：请用环境变量 PYTHON_KEYRING_BACKEND=%1 明确选用它（或在 keyringrc.cfg 中写 default-keyring=%1），或卸载 keyrings.alt；也可以只在本次会话中保存密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="298"/>
        <source>Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), then start Leshua Desk again; or keep the keys for this session only.</source>
        <translation>请安装并解锁 GNOME 钥匙串或 KWallet（Debian/Ubuntu：sudo apt install gnome-keyring），然后重新启动乐刷查单助手；或者仅在本次运行中保留密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="303"/>
        <source>Allow access to the system keyring, or keep the keys for this session only.</source>
        <translation>请允许访问系统钥匙串，或者仅在本次运行中保留密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="385"/>
        <source>unchanged (%1)</source>
        <translation>未更改（%1）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="386"/>
        <source>%1 is set (%2)</source>
        <translation>%1已设置（%2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="388"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="389"/>
        <source>%1 is not set</source>
        <translation>%1未设置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="403"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="404"/>
        <source>optional: for checking callbacks</source>
        <translation>可选：用于核验异步通知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="412"/>
        <source>Nothing to delete: this profile is not saved yet.</source>
        <translation>没有可删除的内容：此配置尚未保存。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="504"/>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="516"/>
        <source>Export profiles</source>
        <translation>导出商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="517"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="535"/>
        <source>Profiles (*.json)</source>
        <translation>商户配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="529"/>
        <source>%1 profiles written to %2 (without keys).</source>
        <translation>已将 %1 个商户配置写入 %2（不含密钥）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="535"/>
        <source>Import profiles</source>
        <translation>导入商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="552"/>
        <source>Nothing to import: every profile in the file already exists.</source>
        <translation>无需导入：文件中的商户配置均已存在。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="557"/>
        <source>%1 profiles already exist and were skipped.</source>
        <translation>%1 个商户配置已存在，已跳过。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="577"/>
        <source>Importing “%1”: enter its keys, then Save.</source>
        <translation>正在导入“%1”：请输入其密钥，然后保存。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="579"/>
        <source>%1 more to come.</source>
        <translation>之后还有 %1 个。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="592"/>
        <source>Give the profile a name (one line, up to 80 characters).</source>
        <translation>请为配置命名（单行，最多 80 个字符）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="594"/>
        <source>A profile with this name already exists.</source>
        <translation>已存在同名配置。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="596"/>
        <source>The merchant id is exactly 10 digits; leading zeros count.</source>
        <translation>商户号必须是 10 位数字，前导 0 有效。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="598"/>
        <source>The gateway URL must start with https:// (plain http only for this computer).</source>
        <translation>网关地址必须以 https:// 开头（仅本机地址可用 http）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="600"/>
        <source>Enter the transaction key.</source>
        <translation>请输入交易密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="602"/>
        <source>A profile name cannot contain control, direction-changing or invisible characters.</source>
        <translation>商户配置名称不能包含控制字符、改变文字方向的字符或不可见字符。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="604"/>
        <source>A note is at most 2000 characters, without control or direction-changing characters.</source>
        <translation>备注最多 2000 个字符，且不能包含控制字符或改变文字方向的字符。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="615"/>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="616"/>
        <source>Delete the profile “%1” and remove its keys from the keyring?</source>
        <translation>删除配置“%1”，并从钥匙串中移除其密钥？</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="627"/>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="670"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="701"/>
        <source>The test could not be completed (%1): the log has the details.</source>
        <translation>测试未能完成（%1）：详情见日志。</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="60"/>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="68"/>
        <source>Query attempts</source>
        <extracomment>what the progress line says once the lookup ended: done (with its time), cancelled, nothing (not asked), or None while it runs; kept so a language switch can say it again</extracomment>
        <translation>查询尝试</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/progress_strip.py" line="144"/>
        <source>Done: %n attempt(s)</source>
        <translation>
            <numerusform>完成：共查询 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="147"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="154"/>
        <source>Querying… attempt %1, %2 s</source>
        <translation>正在查询… 第 %1 次，已用 %2 秒</translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="145"/>
        <source>Merchant order number</source>
        <extracomment>a refund to ask about: which number and the number &quot;Check them as a list&quot;: the ids pasted at once, as pasted (lines and columns kept) &quot;Check them as a list&quot;, made when a column is first pasted</extracomment>
        <translation>商户订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="146"/>
        <source>Leshua order number</source>
        <translation>乐刷订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="149"/>
        <source>Kind of order number</source>
        <translation>订单号类型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="150"/>
        <source>Order number (paste from Excel or chat)</source>
        <translation>订单号（可从 Excel 或聊天中粘贴）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="151"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="153"/>
        <source>Typed during the lookup (goes into the bar when it ends):</source>
        <translation>查询期间输入的内容（查询结束后放入查询栏）：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="155"/>
        <source>Next order number</source>
        <translation>下一个订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="157"/>
        <source>Demo orders</source>
        <translation>演示订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="158"/>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="159"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="237"/>
        <source>Look the order up (Enter)</source>
        <translation>查询该订单（回车）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="160"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="156"/>
        <source>&amp;Demo orders</source>
        <translation>演示订单(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="161"/>
        <source>Stop querying (Esc)</source>
        <translation>停止查询（Esc）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="165"/>
        <source>&amp;Keep querying until final (up to %1 s)</source>
        <translation>持续查询直到终态（最长 %1 秒）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="213"/>
        <source>A merchant order number is 1–64 letters, digits or symbols, without spaces.</source>
        <translation>商户订单号为 1–64 个字母、数字或符号，不能含空格。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="214"/>
        <source>A Leshua order number is 1–32 letters or digits.</source>
        <translation>乐刷订单号为 1–32 个字母或数字。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="219"/>
        <source>%1 order numbers were pasted: this bar asks about one order at a time.</source>
        <translation>粘贴了 %1 个订单号：这里一次只查询一个订单。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="228"/>
        <source>Create a profile first: File &gt; Manage profiles…</source>
        <translation>请先创建商户配置：文件 &gt; 管理商户配置…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="231"/>
        <source>Type or paste an order number first.</source>
        <translation>请先输入或粘贴订单号。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="251"/>
        <source>Check them as a list</source>
        <translation>作为清单批量查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="252"/>
        <source>Open them in the window for lists of orders (Ctrl+L)</source>
        <translation>在批量查单窗口中打开（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="294"/>
        <source>Demo refunds (a refund lookup)</source>
        <translation>演示退款（退款查询）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="304"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation>正在查询：请等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="327"/>
        <source>A query is running: wait for it or cancel it (Esc).</source>
        <translation>正在查询：请等待其结束或取消（Esc）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="367"/>
        <source>A query is running: this order number goes into the bar when it ends.</source>
        <translation>正在查询：这个订单号会在查询结束后放入查询栏。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="388"/>
        <source>What you typed during the lookup is in the query bar: press Enter to ask.</source>
        <translation>查询期间输入的内容已放入查询栏：按回车键查询。</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="40"/>
        <source>Raw exchange with the gateway</source>
        <translation>与网关的原始报文</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="42"/>
        <source>The raw request and answer appear here after a query.</source>
        <translation>查询后，此处显示原始请求和应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="60"/>
        <source>Cancelled before an answer came: %1
The order&apos;s state is unknown, not unpaid.</source>
        <translation>应答到达前已取消：%1
订单状态未知，并非未支付。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="63"/>
        <source>Asking the gateway: %1
Nothing has come back yet.</source>
        <translation>正在询问网关：%1
尚未收到任何应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="71"/>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="90"/>
        <source>Endpoint</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="91"/>
        <source>Service</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="93"/>
        <source>Sent at (UTC)</source>
        <translation>发送时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="96"/>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="98"/>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="99"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="103"/>
        <source>Form sent (with sign; the key is never sent)</source>
        <translation>发送的表单（含 sign；密钥从不发送）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="106"/>
        <source>String that was signed (key masked)</source>
        <translation>签名原串（密钥已隐藏）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="116"/>
        <source>Answer signature</source>
        <translation>应答签名</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="118"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="121"/>
        <source>Rule that matched</source>
        <translation>匹配的规则</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="127"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="129"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="132"/>
        <source>String checked (key masked)</source>
        <translation>验签原串（密钥已隐藏）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="140"/>
        <source>Answer as received (%1 bytes)</source>
        <translation>收到的应答（%1 字节）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="150"/>
        <source>Pretty-printed</source>
        <translation>格式化显示</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="83"/>
        <source>(The last of %1 attempts is shown.)</source>
        <translation>（显示 %1 次查询中的最后一次。）</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="26"/>
        <source>Look up a refund</source>
        <translation>查询退款</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="30"/>
        <source>A refund of order %1. Refunds can take 1-3 working days to become final.</source>
        <translation>订单 %1 的退款。退款可能需要 1–3 个工作日才会到终态。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="36"/>
        <source>Merchant refund number</source>
        <translation>商户退款单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="37"/>
        <source>Leshua refund number</source>
        <translation>乐刷退款单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="39"/>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="40"/>
        <source>Refund number</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="41"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="41"/>
        <source>&amp;Refund number:</source>
        <translation>退款单号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="87"/>
        <source>Type the refund number (from the refund notice or the merchant&apos;s records).</source>
        <extracomment>why the number was refused (shown under it until it is edited)</extracomment>
        <translation>请输入退款单号（见退款通知或商户自己的记录）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="94"/>
        <source>A refund number is 1–64 printable ASCII characters without spaces</source>
        <translation>退款单号为 1–64 个可打印 ASCII 字符，不含空格</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="96"/>
        <source>this one has a space in it</source>
        <translation>此单号含有空格</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="98"/>
        <source>this one has characters that are not ASCII (such as Chinese)</source>
        <translation>此单号含有非 ASCII 字符（如中文）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="100"/>
        <source>this one is %1 characters long, at most 64 fit</source>
        <translation>此单号长 %1 个字符，最多 64 个</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="102"/>
        <source>this one has a character that cannot be sent</source>
        <translation>此单号含有无法发送的字符</translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="125"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="194"/>
        <source>Hist&amp;ory</source>
        <extracomment>what the result and raw views are about (a lookup asked, a stored record), so a language switch titles them again in the new language</extracomment>
        <translation>查询记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="157"/>
        <source>&amp;Watch</source>
        <translation>持续查询(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="157"/>
        <source>&amp;Watch (%1)</source>
        <translation>持续查询（%1）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="192"/>
        <source>&amp;Result</source>
        <translation>查询结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="193"/>
        <source>R&amp;aw</source>
        <translation>原始报文(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="211"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="220"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="214"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="223"/>
        <source>refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="226"/>
        <source>close attempt (the gateway&apos;s answer to closing it)</source>
        <translation>关闭订单请求（网关对关闭请求的应答）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="261"/>
        <source>This query was not recorded in the history: %1. The answer above is complete; copy its summary if support will need it.</source>
        <translation>这次查询未记入历史记录：%1。上方的应答是完整的；如支持人员日后需要，请复制其摘要。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="265"/>
        <source>Not recorded in the history: %1</source>
        <translation>未记入历史记录：%1</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="256"/>
        <source>Copy &amp;summary</source>
        <extracomment>&quot;Look up its refund…&quot;: the order shown was refunded (or is being refunded) &quot;Watch until final&quot;: ask the order shown again in the background (offered by offer()) &quot;Close order…&quot;: close the unpaid order shown, guarded (offered by offer()) &quot;asking&quot; or &quot;cancelled&quot; while no answer of the query being shown has come</extracomment>
        <translation>复制摘要(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="257"/>
        <source>Copy a plain-text summary for a support ticket</source>
        <translation>复制纯文本摘要，用于工单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="258"/>
        <source>Copy summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="291"/>
        <source>Enter an order number and press Enter to look it up.</source>
        <translation>输入订单号并按回车查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="460"/>
        <source>From history: queried at %1</source>
        <translation>历史记录：查询于 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="368"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="462"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="706"/>
        <source>Queried at %1</source>
        <translation>查询于 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="259"/>
        <source>&amp;Copy masked summary</source>
        <translation>复制隐去付款人的摘要(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="262"/>
        <source>Copy the summary with the payer&apos;s identifiers and the attached data hidden, for a ticket that leaves the company</source>
        <translation>复制摘要，但隐去付款人标识和附加数据：用于发往公司外部的工单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="266"/>
        <source>Copy masked summary</source>
        <translation>复制隐去付款人的摘要</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="267"/>
        <source>Save e&amp;vidence sheet (PDF)…</source>
        <translation>保存凭证单（PDF）(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="269"/>
        <source>Save what was asked, what came back, the verification and the raw answer</source>
        <translation>保存所查询的内容、返回的结果、验签结果和原始应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="271"/>
        <source>Save evidence sheet (PDF)</source>
        <translation>保存凭证单（PDF）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="272"/>
        <source>&amp;Look up its refund…</source>
        <translation>查询该订单的退款(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="275"/>
        <source>Look up a refund of this order by its refund number (Tools &gt; Look up a refund)</source>
        <translation>按退款单号查询该订单的一笔退款（工具 &gt; 查询退款）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="278"/>
        <source>Watch &amp;until final</source>
        <translation>持续查询至最终状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="281"/>
        <source>Ask this order again in the background until its state is final (every 30 s, then less often)</source>
        <translation>在后台反复查询该订单，直到其状态为最终状态（每 30 秒一次，之后逐渐放缓）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="285"/>
        <source>Watch until final</source>
        <translation>持续查询至最终状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="286"/>
        <source>Clos&amp;e order…</source>
        <translation>关闭订单(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="288"/>
        <source>Close this unpaid order at the gateway (a payment arriving later is refused)</source>
        <translation>在网关关闭这笔未支付的订单（之后到达的付款将被拒绝）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="290"/>
        <source>Close order</source>
        <translation>关闭订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="359"/>
        <source>Cancelled: state unknown</source>
        <translation>已取消：状态未知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="361"/>
        <source>The query was cancelled before an answer came: the order&apos;s state is unknown, not unpaid. Query again to know it.</source>
        <translation>查询在应答到达前已取消：订单状态未知，并非未支付。请再次查询以确认。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="365"/>
        <source>Asking the gateway…</source>
        <translation>正在询问网关…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="437"/>
        <source>Refund not found</source>
        <translation>退款不存在</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/result_view.py" line="465"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>共 %n 次查询</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="515"/>
        <source>The keyring is locked: unlock it, then query again.</source>
        <translation>钥匙串已锁定：请解锁后再查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="517"/>
        <source>Keys cannot be kept in a keyring here: File &gt; Manage profiles says what to do.</source>
        <translation>此处无法把密钥保存在钥匙串中：请在“文件 &gt; 管理商户配置”中查看处理方法。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="523"/>
        <source>The keyring could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="541"/>
        <source>Gateway said: %1</source>
        <translation>网关返回：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="553"/>
        <source>Stopped at the deadline before a final state: the order&apos;s state is unknown, not unpaid. Query again later.</source>
        <translation>已到截止时间，订单仍未到终态：状态未知，并非未支付。请稍后再查。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="708"/>
        <source>The order&apos;s state is unknown, not unpaid.</source>
        <translation>订单状态未知，并非未支付。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="649"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="543"/>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="647"/>
        <source>Copy %1, marked as untrusted</source>
        <translation>复制%1（标明不可信）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="668"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="686"/>
        <source>%1 fen</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="567"/>
        <source>Cancelled: the state is unknown; the last answer shown is not final.</source>
        <translation>已取消：状态未知；显示的最后一个应答并非终态。</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="220"/>
        <source>not verified (claims %1)</source>
        <extracomment>The totals are counted again at most this often while a job runs (seconds), and never more than a third of the time: a pass over a large job is long, and its Python work competes with the GUI thread for the interpreter. A pass over the rows lets the GUI thread in this often (rows), for this long (seconds). The widest a column opens (its cell elides the rest; its tooltip holds it all). the JobRow double-clicked (or Enter pressed on): the window shows its whole answer a file was written (its path) how long the last pass took (seconds) while a job runs, its process counts the totals (`show_run_totals`), not this panel: a pass here would take the window&apos;s interpreter for a while the last message box shown (an export that failed), for the tests to read the trade states and pay ways the job&apos;s verified answers gave (for the filters) the status line shows the hint (no message of its own)</extracomment>
        <translation>验证失败（应答声称%1）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="221"/>
        <source>repeats row %1 (asked once)</source>
        <translation>与第 %1 行的订单重复（只查询一次）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="222"/>
        <source>no amount in the answer</source>
        <translation>应答中没有金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="223"/>
        <source>%1 fen</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="224"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="225"/>
        <source>Gateway code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="226"/>
        <source>merchant</source>
        <comment>order number kind, short</comment>
        <translation>商户单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="227"/>
        <source>Leshua</source>
        <comment>order number kind, short</comment>
        <translation>乐刷单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="235"/>
        <source>Kind</source>
        <translation>单号类型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="236"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="256"/>
        <source>Trade state</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="236"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="258"/>
        <source>Verification</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="237"/>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="257"/>
        <source>Pay way</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="237"/>
        <source>Amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="238"/>
        <source>Settlement</source>
        <translation>结算金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="238"/>
        <source>Expected</source>
        <translation>账上金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="239"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="240"/>
        <source>Paid at (Beijing time)</source>
        <translation>支付时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="241"/>
        <source>Error / remarks</source>
        <translation>错误/备注</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="244"/>
        <source>The row of the list (as a spreadsheet numbers it)</source>
        <translation>在列表中的行号（与表格软件中的行号一致）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="245"/>
        <source>Whether the gateway&apos;s answer was verified: only a verified answer&apos;s state and amounts are shown</source>
        <translation>网关应答是否通过签名验证：只显示已验证应答的交易状态和金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="247"/>
        <source>The amount the list gives (the books)</source>
        <translation>列表中给出的金额（账上金额）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="248"/>
        <source>The gateway&apos;s amount minus the expected one</source>
        <translation>网关金额减去账上金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="249"/>
        <source>What went wrong, or why the row needs attention</source>
        <translation>出了什么问题，或这一行为什么需要关注</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="252"/>
        <source>Any trade state</source>
        <translation>全部交易状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="253"/>
        <source>Any pay way</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="254"/>
        <source>Any verification</source>
        <translation>全部核验结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="260"/>
        <source>Only the rows to look at: not sent, repeated, not verified, errors, not found, not final, or an amount that differs from the books</source>
        <translation>只显示需要查看的行：未发送、重复、验证失败、出错、查无此单、未到最终状态，或金额与账上不一致</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="264"/>
        <source>Rows of the batch job</source>
        <translation>批量任务的各行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="265"/>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="267"/>
        <source>An Excel workbook: a Summary sheet with the totals and the check against the books, and a Rows sheet with the rows the filters show</source>
        <translation>Excel 工作簿：“汇总”表为合计及与账上核对的结果，“明细”表为按当前筛选条件显示的各行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="270"/>
        <source>Export .csv…</source>
        <translation>导出 .csv…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="271"/>
        <source>The rows the filters show, as CSV (UTF-8)</source>
        <translation>按当前筛选条件显示的各行，CSV 格式（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="281"/>
        <source>Double-click a row, or press Enter, to see its whole answer.</source>
        <translation>双击某一行或按回车键，查看完整应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="314"/>
        <source>Nee&amp;ds attention (%1)</source>
        <translation>需关注（%1）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="316"/>
        <source>Nee&amp;ds attention</source>
        <translation>需关注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="325"/>
        <source>Rows: %1</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="328"/>
        <source>Rows shown: %1 of %2</source>
        <translation>显示 %1 行，共 %2 行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="337"/>
        <source>No batch job is shown.</source>
        <translation>尚未选择批量任务。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="339"/>
        <source>No row matches the filters.</source>
        <translation>没有符合筛选条件的行。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="341"/>
        <source>This list has no rows.</source>
        <translation>这个列表没有任何行。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="446"/>
        <source>The rows could not be read: %1</source>
        <translation>无法读取各行：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="525"/>
        <source>The totals could not be counted: %1</source>
        <translation>无法统计合计：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="544"/>
        <source>Copy rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="547"/>
        <source>Copy order numbers</source>
        <translation>复制订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="550"/>
        <source>Show the whole answer</source>
        <translation>查看完整应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="589"/>
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="598"/>
        <source>Rows copied: %1</source>
        <translation>已复制 %1 行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="611"/>
        <source>filtered</source>
        <translation>筛选后</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="619"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="620"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="623"/>
        <source>Export the batch job</source>
        <translation>导出批量任务</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="654"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="667"/>
        <source>Rows written: %1, to %2</source>
        <translation>已将 %1 行写入 %2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="676"/>
        <source>Export failed: nothing was written.</source>
        <translation>导出失败：没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="679"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/results_panel.py" line="682"/>
        <source>%1 could not be written: %2.

Choose another folder or file name and export again.</source>
        <translation>无法写入 %1：%2。

请换一个文件夹或文件名，再导出一次。</translation>
    </message>
</context>
<context>
    <name>ResumeBar</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="52"/>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="53"/>
        <source>Lat&amp;er</source>
        <translation>稍后(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="59"/>
        <source>A batch job was stopped: %1 of %2 orders left (job %3, %4).</source>
        <translation>有一个批量任务已停止：%2 个订单中还剩 %1 个（任务 %3，%4）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="61"/>
        <source>A batch job was interrupted: %1 of %2 orders left (job %3, %4).</source>
        <translation>有一个批量任务被中断：%2 个订单中还剩 %1 个（任务 %3，%4）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="62"/>
        <source>a pasted list</source>
        <translation>粘贴的清单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/resume_bar.py" line="65"/>
        <source>Other unfinished jobs: %1.</source>
        <translation>其他未完成的任务：%1 个。</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="118"/>
        <source>Queries in &amp;flight:</source>
        <extracomment>idle: nothing to send; ready: a list to send; running, paused, stopping (Cancel pressed, the queries in flight finishing); stopped: cancelled with orders left (resumable); done as `leshua-query batch` accepts them the bar and the counts, about a job: hidden before one starts</extracomment>
        <translation>同时查询数(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="119"/>
        <source>How many orders are asked at the same time</source>
        <translation>同时查询多少个订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="120"/>
        <source>Rate &amp;limit:</source>
        <translation>速率上限(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="121"/>
        <source> a second</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="122"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="124"/>
        <source>At most this many queries a second for the whole job (0: no limit)</source>
        <translation>整个任务每秒最多查询这么多次（0：不限）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="127"/>
        <source>Keep querying un&amp;til final (up to %1 s an order)</source>
        <translation>持续查询直到终态（每个订单最长 %1 秒）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="130"/>
        <source>Ask a paying order again until it is paid, failed or closed</source>
        <translation>对支付中的订单反复查询，直到支付成功、失败或关闭</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="132"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="133"/>
        <source>Ask the gateway about every order of the list</source>
        <translation>向网关查询清单中的每个订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="134"/>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="136"/>
        <source>Send no new query; the ones on their way finish and are kept</source>
        <translation>不再发送新的查询；已发出的查询完成后结果会保留</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="138"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="139"/>
        <source>Go on asking the orders without an answer</source>
        <translation>继续查询尚无应答的订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="140"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="142"/>
        <source>Stop the job: what was answered is kept, and it can be resumed later</source>
        <translation>停止任务：已得到的应答会保留，之后可以继续</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="198"/>
        <source>%1 / %2 orders answered</source>
        <translation>已应答 %1 / %2 个订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="202"/>
        <source>Done: every order of the list has an answer.</source>
        <translation>完成：清单中的每个订单都已得到应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="204"/>
        <source>Stopped. Left to ask: %1. Resume to ask them.</source>
        <translation>已停止。尚未查询：%1 个。点“继续”查询它们。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="206"/>
        <source>Stopping: the queries on their way finish and are kept…</source>
        <translation>正在停止：已发出的查询完成后结果会保留…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="208"/>
        <source>Paused: no new query is sent. Left to ask: %1.</source>
        <translation>已暂停：不再发送新的查询。尚未查询：%1 个。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="210"/>
        <source>Asking…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="213"/>
        <source>%1 orders a second · about %2 left</source>
        <translation>每秒 %1 个订单 · 预计还需 %2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="220"/>
        <source>busy answers from the gateway: %1 (those orders were asked again, more slowly)</source>
        <translation>网关繁忙的应答：%1 次（这些订单已放慢速度重新查询）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/run_panel.py" line="238"/>
        <source>Verified states: %1</source>
        <translation>已验证的交易状态：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="79"/>
        <source>Settings</source>
        <extracomment>how long a watched order is asked again before the watch gives up</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="82"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="89"/>
        <source>Keep querying until a final state</source>
        <translation>持续查询直到终态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="90"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="91"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="92"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="93"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="94"/>
        <source>keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="95"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="98"/>
        <source>A watched order is asked again in the background until its state is final, for at most this long</source>
        <translation>持续查询中的订单会在后台反复查询，直到其状态为最终状态，最长持续这么久</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="102"/>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="103"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="105"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="106"/>
        <source>Polling:</source>
        <translation>轮询：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="107"/>
        <source>Polling &amp;deadline:</source>
        <translation>轮询截止(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="108"/>
        <source>&amp;Connect timeout:</source>
        <translation>连接超时(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="109"/>
        <source>&amp;Answer timeout:</source>
        <translation>应答超时(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="110"/>
        <source>CA &amp;bundle (corporate proxy):</source>
        <translation>CA 证书包（企业代理）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="111"/>
        <source>Keep &amp;history for:</source>
        <translation>历史记录保留(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="112"/>
        <source>&amp;Watch orders for up to:</source>
        <translation>持续查询订单最长(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="129"/>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="129"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="223"/>
        <source>Trade state</source>
        <extracomment>The money columns of both tables: (batch_words.TOTALS key, Money attribute). What was counted apart (never added to money), as Totals attributes and their labels. The check against the books. Room added to each column beyond its widest text (pixels).</extracomment>
        <translation>交易状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="224"/>
        <source>Pay way</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="227"/>
        <source>Counted apart, never added to money</source>
        <translation>单独计数，不计入金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="228"/>
        <source>Checked against the books</source>
        <translation>与账上核对</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="231"/>
        <source>The list gives no expected amounts: nothing was checked against the books.</source>
        <translation>列表中没有账上金额：未与账上核对。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="234"/>
        <source>Rows with an expected amount</source>
        <translation>有账上金额的行</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="235"/>
        <source>Expected amounts in total</source>
        <translation>账上金额合计</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="269"/>
        <source>%1 fen</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="277"/>
        <source>No verified answer yet: money is shown here as verified answers come in.</source>
        <translation>还没有已验证的应答：收到已验证的应答后，金额显示在这里。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/batch/totals_view.py" line="279"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="138"/>
        <source>Copy</source>
        <extracomment>Rows without a copy button (their context menu still copies: a code, the state&apos;s code).</extracomment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>WatchModel</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="39"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="42"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="45"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="46"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="68"/>
        <source>not asked yet</source>
        <translation>尚未查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="74"/>
        <source>not verified: %1</source>
        <translation>未通过验签：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="75"/>
        <source>not verified</source>
        <translation>未通过验签</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="81"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="216"/>
        <source>Profile</source>
        <extracomment>ids shown as new although their notice was marked seen (the panel is being looked at)</extracomment>
        <translation>商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="217"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="218"/>
        <source>Last state</source>
        <translation>最近状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="219"/>
        <source>Asked at</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="220"/>
        <source>Next check</source>
        <translation>下次查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="221"/>
        <source>Watched for</source>
        <translation>已持续查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="222"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="268"/>
        <source>Ended: final</source>
        <translation>已结束：最终状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="269"/>
        <source>Ended: expired</source>
        <translation>已结束：到期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="270"/>
        <source>Ended: profile gone</source>
        <translation>已结束：商户配置已不存在</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="271"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="283"/>
        <source>Watched since %1, until %2 at the latest</source>
        <translation>自 %1 起持续查询，最晚到 %2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="286"/>
        <source>%1 fen, from the last verified answer</source>
        <translation>%1 分，取自最近一次验签通过的应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="294"/>
        <source>Last verified state: %1</source>
        <translation>最近验签通过的状态：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="300"/>
        <source>Checks made: %1</source>
        <translation>已查询次数：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="302"/>
        <source>New: not looked at yet</source>
        <translation>新提醒：尚未查看</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="308"/>
        <source>Asked again at this time; the wait grows after each check, up to 5 minutes</source>
        <translation>将在此时间再次查询；每次查询后间隔逐渐加长，最长 5 分钟</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="311"/>
        <source>No longer watched: the order reached a final state</source>
        <translation>已停止持续查询：订单已到最终状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="312"/>
        <source>No longer watched: the time set for watching ran out</source>
        <translation>已停止持续查询：已到设定的持续查询时长</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="313"/>
        <source>No longer watched: its profile was removed or changed</source>
        <translation>已停止持续查询：其商户配置已删除或已更改</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_model.py" line="314"/>
        <source>No longer watched</source>
        <translation>已停止持续查询</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="138"/>
        <source>Check &amp;now</source>
        <extracomment>The columns that count time are drawn again this often, and the list read again while shown (another window or the command line may have changed it). After a check&apos;s news, the list is read again (in its order) this long after the last one. The widest a column opens. a row with a new notice is bold: its text is wider than the fitted widths by about this</extracomment>
        <translation>立即查询(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="139"/>
        <source>&amp;Show result</source>
        <translation>显示结果(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="140"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="141"/>
        <source>Clear &amp;ended</source>
        <translation>清除已结束(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="142"/>
        <source>Check now</source>
        <translation>立即查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="143"/>
        <source>Show result</source>
        <translation>显示结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="144"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="145"/>
        <source>Watched orders</source>
        <translation>持续查询的订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="147"/>
        <source>Remove every watch that has ended from the list (their checks stay in the history)</source>
        <translation>从列表中移除所有已结束的持续查询（其查询仍保留在查询记录中）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="156"/>
        <source>No order is watched. Choose “Watch until final” on a result that is not final, or on a row of the History tab: the order is then asked again in the background, every %1 at first and less often after, up to %2 apart, for up to %3, and you are told when it is paid, failed or closed, or still unpaid after the profile&apos;s “close after” time. Every check is kept in the history.</source>
        <translation>暂无持续查询的订单。在尚非最终状态的结果上，或在“查询记录”标签页的某一行上选择“持续查询至最终状态”：该订单随后会在后台反复查询，起初每 %1 一次，之后间隔逐渐加长，最长间隔 %2，最多持续 %3；订单支付成功、支付失败或关闭时，或超过商户配置的“超时未支付提醒”时间仍未支付时，都会提醒您。每次查询都保存在查询记录中。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="229"/>
        <source>The watch list cannot be used now: %1</source>
        <translation>持续查询列表暂时无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="260"/>
        <source>Watching: %1 · ended: %2</source>
        <translation>持续查询中：%1 · 已结束：%2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="351"/>
        <source>Ask the selected orders&apos; state now, without waiting</source>
        <translation>立即查询所选订单的状态，不再等待</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="353"/>
        <source>These watches have ended: nothing is asked any more</source>
        <translation>这些持续查询已结束：不会再查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="355"/>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="365"/>
        <source>Select a watched order first</source>
        <translation>请先选择一笔持续查询的订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="357"/>
        <source>Show the last answer of the selected order</source>
        <translation>显示所选订单最近一次的应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="359"/>
        <source>Not asked yet: there is no answer to show</source>
        <translation>尚未查询：没有可显示的应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="361"/>
        <source>Select one order</source>
        <translation>请选择一笔订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/watch_panel.py" line="363"/>
        <source>Stop watching the selected orders (their checks stay in the history)</source>
        <translation>停止持续查询所选订单（其查询仍保留在查询记录中）</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="76"/>
        <location filename="../../leshua_gui/ui/window_menus.py" line="89"/>
        <source>Check a &amp;list of orders…</source>
        <extracomment>&quot;Check a list of orders…&quot; (Ctrl+L), first in Tools: added after the first paint</extracomment>
        <translation>批量查单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="83"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="84"/>
        <source>Manage &amp;profiles…</source>
        <translation>管理商户配置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="85"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="87"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="90"/>
        <source>Look up a &amp;refund…</source>
        <translation>查询退款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="91"/>
        <source>Check a &amp;callback…</source>
        <translation>核验异步通知(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="92"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="93"/>
        <source>&amp;States and what to do</source>
        <translation>状态说明与后续操作(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="94"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="95"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="96"/>
        <source>&amp;About Leshua Desk</source>
        <translation>关于乐刷查单助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="112"/>
        <source>States and what to do</source>
        <translation>状态说明与后续操作</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="120"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="132"/>
        <source>About Leshua Desk</source>
        <translation>关于乐刷查单助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="141"/>
        <source>Leshua Desk</source>
        <translation>乐刷查单助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="144"/>
        <source>Look up Leshua payment orders and verify the gateway&apos;s answers.</source>
        <translation>查询乐刷支付订单，核验网关应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="146"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="147"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="148"/>
        <source>Keyring</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="149"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="150"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
</context>
</TS>
