<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="81"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="87"/>
        <source>Check a callback</source>
        <translation>核验异步通知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="89"/>
        <source>Paste the body Leshua sent to the merchant&apos;s notify_url (the XML, as received). It is checked with the profile&apos;s notify key, which is not the transaction key.</source>
        <translation>粘贴乐刷发送到商户 notify_url 的报文（收到的 XML 原文）。核验使用配置中的异步通知密钥，而不是交易密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="92"/>
        <source>&amp;Profile:</source>
        <translation>商户配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="93"/>
        <source>Load a &amp;demo callback</source>
        <translation>载入演示通知(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="94"/>
        <source>&amp;Check</source>
        <translation>核验(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="96"/>
        <source>Callback body</source>
        <translation>通知报文</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="97"/>
        <source>Signature details</source>
        <translation>签名详情</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="122"/>
        <source>This profile has no notify key: add it in Manage profiles.</source>
        <translation>此配置没有异步通知密钥：请在“管理商户配置”中添加。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="139"/>
        <source>The body could not be read: %1</source>
        <translation>报文无法解析：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="154"/>
        <source>Genuine: signed with this profile&apos;s notify key. Order %1: %2. The merchant&apos;s server must answer %3 (plain text), or Leshua sends it again.</source>
        <translation>真实：由此配置的异步通知密钥签名。订单 %1：%2。商户服务器必须应答 %3（纯文本），否则乐刷会重复发送。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="159"/>
        <source>Not verified: do not act on it. Order %1: %2.</source>
        <translation>未通过核验：请勿据此处理。订单 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="162"/>
        <source>It was signed with the transaction key instead of the notify key: ask Leshua to check the merchant&apos;s notify key.</source>
        <translation>它是用交易密钥而非异步通知密钥签名的：请联系乐刷核对商户的异步通知密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="166"/>
        <source>It may be forged or changed, or the profile&apos;s notify key is wrong.</source>
        <translation>它可能被伪造或篡改，或者配置中的异步通知密钥有误。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="177"/>
        <source>Rule that matched</source>
        <translation>匹配的规则</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="178"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="179"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="181"/>
        <source>String that was signed (key masked)</source>
        <translation>签名原串（密钥已隐藏）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="184"/>
        <source>Fields</source>
        <translation>字段</translation>
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
    <name>HistoryModel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="155"/>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="156"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="167"/>
        <source>%1 (untrusted)</source>
        <translation>%1（不可信）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="181"/>
        <source>Gateway not reached</source>
        <translation>无法连接网关</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="182"/>
        <source>No answer in time</source>
        <translation>网关未及时应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="183"/>
        <source>Unreadable answer</source>
        <translation>应答无法解析</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="141"/>
        <source>Queried at</source>
        <translation>查询时间</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="141"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="161"/>
        <source>Profile</source>
        <translation>商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="142"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="142"/>
        <source>Lookup</source>
        <translation>查询类型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="143"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="160"/>
        <source>Trade state</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="144"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="160"/>
        <source>Pay way</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="144"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="145"/>
        <source>Settlement</source>
        <translation>结算金额</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="145"/>
        <source>Signature / error</source>
        <translation>签名 / 错误</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="147"/>
        <source>Search by order number or its beginning</source>
        <translation>按订单号或其开头搜索</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="148"/>
        <source>Search the history</source>
        <translation>搜索查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="149"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="151"/>
        <source>Any pay way</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="153"/>
        <source>Any outcome</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="157"/>
        <source>Errors</source>
        <translation>出错的查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="161"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="163"/>
        <source>Include untrusted answers</source>
        <translation>包括不可信的应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="165"/>
        <source>A trade state filter lists answers with a verified signature only. Tick to list forged, unsigned or faulty answers claiming that state too (marked untrusted; their amounts are never exported as numbers).</source>
        <translation>按交易状态筛选时只列出签名核验通过的应答。勾选后也列出声称该状态的伪造、无签名或有误的应答（标为不可信；其金额导出时不会作为数字）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="169"/>
        <source>Latest answer per order</source>
        <translation>每个订单只看最新应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="171"/>
        <source>Of the rows matching the filters, show only the newest for each order (the same order, merchant, environment and lookup), so that a repeated query is listed and exported once.</source>
        <translation>在符合筛选条件的记录中，每个订单（同一订单、商户、环境和查询类型）只显示最新的一条，重复查询只列出和导出一次。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="175"/>
        <source>from any day</source>
        <translation>起始：不限</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="176"/>
        <source>to any day</source>
        <translation>截止：不限</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="177"/>
        <source>From day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="178"/>
        <source>To day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="179"/>
        <source>&amp;Show answer</source>
        <translation>查看应答(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="180"/>
        <source>Query a&amp;gain</source>
        <translation>重新查询(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="181"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="183"/>
        <source>Write the rows matching the filter to Excel (.xlsx) or CSV</source>
        <translation>将符合筛选条件的记录导出为 Excel (.xlsx) 或 CSV</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="185"/>
        <source>De&amp;lete selected</source>
        <translation>删除所选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="186"/>
        <source>Clear &amp;history…</source>
        <translation>清空记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="187"/>
        <source>Query history</source>
        <translation>查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="203"/>
        <source>Any profile</source>
        <translation>全部配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="204"/>
        <source>(no profile)</source>
        <translation>（无配置）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="255"/>
        <source>The history could not be written: %1</source>
        <translation>查询记录无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="259"/>
        <source>it was written by a newer version of Leshua Desk</source>
        <translation>它由更新版本的乐刷查单助手写入</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="260"/>
        <source>it is damaged</source>
        <translation>它已损坏</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="264"/>
        <source>The history file was set aside as %1 (%2) and a new one started; nothing was deleted.</source>
        <translation>查询记录文件已另存为 %1（%2），并已新建一个；没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="278"/>
        <source>%1+ queries (scroll for more)</source>
        <translation>%1+ 条查询（向下滚动加载更多）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="278"/>
        <source>%1 queries</source>
        <translation>%1 条查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="320"/>
        <source>Delete queries</source>
        <translation>删除查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="321"/>
        <source>Delete %1 selected queries from the history?</source>
        <translation>从查询记录中删除所选的 %1 条？</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="329"/>
        <source>Clear history</source>
        <translation>清空查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="330"/>
        <source>Delete every query in the history? This cannot be undone.</source>
        <translation>删除全部查询记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="339"/>
        <source>The history is not answering: the change may not be saved yet.</source>
        <translation>查询记录没有响应：更改可能尚未保存。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="346"/>
        <source>Export history</source>
        <translation>导出查询记录</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="347"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="360"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="367"/>
        <source>%1 rows written to %2</source>
        <translation>已将 %1 条记录写入 %2</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="372"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>HistoryUnavailableView</name>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="81"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
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
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="87"/>
        <source>The query history cannot be opened now: {reason}. Nothing was set aside or lost; queries still work but are not recorded until it opens.

{details}</source>
        <translation>查询历史记录现在无法打开：{reason}。没有另存或丢失任何内容；查询仍可进行，但在历史记录能打开之前不会被记录。

{details}</translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="65"/>
        <source>Show or hide the %1</source>
        <translation>显示或隐藏%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="287"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation>正在查询：请等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="291"/>
        <source>No profile “%1” for merchant %2 any more: the query was not repeated.</source>
        <translation>已没有商户号 %2 的配置“%1”：未重新查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="214"/>
        <source>refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="259"/>
        <source>Query cancelled: the order&apos;s state is unknown, not unpaid.</source>
        <translation>查询已取消：订单状态未知，并非未支付。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="312"/>
        <source>This query was not recorded in the history: %1. The answer above is complete; copy its summary if support will need it.</source>
        <translation>这次查询未记入历史记录：%1。上方的应答是完整的；如支持人员日后需要，请复制其摘要。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="315"/>
        <source>Not recorded in the history: %1</source>
        <translation>未记入历史记录：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="120"/>
        <source>Copied to the clipboard.</source>
        <extracomment>the last finished lookup (its result is what the result and raw views show)</extracomment>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="343"/>
        <source>Type the order number first, then look up its refund.</source>
        <translation>请先输入订单号，再查询其退款。</translation>
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
        <location filename="../../leshua_gui/ui/profile_bar.py" line="77"/>
        <source>Demo merchant (sandbox)</source>
        <translation>演示商户（沙箱）</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="176"/>
        <source>Manage profiles</source>
        <translation>管理商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="177"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="178"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="179"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="181"/>
        <source>Add profiles from a file a colleague exported (you enter the keys)</source>
        <translation>从同事导出的文件添加商户配置（需要您输入密钥）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="183"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="185"/>
        <source>Write the profiles to a file for a colleague (never the keys)</source>
        <translation>把商户配置导出到文件交给同事（不含密钥）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="187"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="188"/>
        <source>&amp;Test this profile</source>
        <translation>测试此配置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="190"/>
        <source>Keep keys for this session only (asked again at the next start)</source>
        <translation>密钥仅在本次运行中保留（下次启动时重新输入）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193"/>
        <source>&amp;Merchant id:</source>
        <translation>商户号(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>Gateway &amp;URL:</source>
        <translation>网关地址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>&amp;Transaction key:</source>
        <translation>交易密钥(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="196"/>
        <source>Noti&amp;fy key:</source>
        <translation>异步通知密钥(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="200"/>
        <source>10 digits, leading zeros count</source>
        <translation>10 位数字，前导 0 有效</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="201"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="202"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="330"/>
        <source>transaction key</source>
        <translation>交易密钥</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="203"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="331"/>
        <source>notify key</source>
        <translation>异步通知密钥</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207"/>
        <source>Production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207"/>
        <source>Test</source>
        <translation>测试环境</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="208"/>
        <source>Sandbox (local demo)</source>
        <translation>沙箱（本机演示）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="208"/>
        <source>Custom URL</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="213"/>
        <source>Profiles</source>
        <translation>商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="219"/>
        <source>Keys are kept in the system keyring (%1).</source>
        <translation>密钥保存在系统钥匙串中（%1）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="239"/>
        <source>no keyring was found</source>
        <translation>没有找到钥匙串</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="240"/>
        <source>it discards every secret</source>
        <translation>它会丢弃所有密钥</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="241"/>
        <source>it keeps secrets in a file other programs can read</source>
        <translation>它把密钥存放在其他程序可读取的文件中</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>it could not be loaded</source>
        <translation>它无法加载</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="245"/>
        <source>The keyring found here (%1) cannot keep keys safely: %2.</source>
        <translation>此处找到的钥匙串（%1）无法安全保存密钥：%2。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="253"/>
        <source>A safe keyring is installed too: pick it explicitly with the environment variable PYTHON_KEYRING_BACKEND=%1 (or default-keyring=%1 in keyringrc.cfg), or uninstall keyrings.alt; or keep the keys for this session only.</source>
        <translation>这里也装有安全的密钥环：请用环境变量 PYTHON_KEYRING_BACKEND=%1 明确选用它（或在 keyringrc.cfg 中写 default-keyring=%1），或卸载 keyrings.alt；也可以只在本次会话中保存密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="261"/>
        <source>Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), then start Leshua Desk again; or keep the keys for this session only.</source>
        <translation>请安装并解锁 GNOME 钥匙串或 KWallet（Debian/Ubuntu：sudo apt install gnome-keyring），然后重新启动乐刷查单助手；或者仅在本次运行中保留密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="266"/>
        <source>Allow access to the system keyring, or keep the keys for this session only.</source>
        <translation>请允许访问系统钥匙串，或者仅在本次运行中保留密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="334"/>
        <source>unchanged (%1)</source>
        <translation>未更改（%1）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="335"/>
        <source>%1 is set (%2)</source>
        <translation>%1已设置（%2）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="337"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="338"/>
        <source>%1 is not set</source>
        <translation>%1未设置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="351"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="352"/>
        <source>optional: for checking callbacks</source>
        <translation>可选：用于核验异步通知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="405"/>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="417"/>
        <source>Export profiles</source>
        <translation>导出商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="418"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="436"/>
        <source>Profiles (*.json)</source>
        <translation>商户配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="430"/>
        <source>%1 profiles written to %2 (without keys).</source>
        <translation>已将 %1 个商户配置写入 %2（不含密钥）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="436"/>
        <source>Import profiles</source>
        <translation>导入商户配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="453"/>
        <source>Nothing to import: every profile in the file already exists.</source>
        <translation>无需导入：文件中的商户配置均已存在。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="458"/>
        <source>%1 profiles already exist and were skipped.</source>
        <translation>%1 个商户配置已存在，已跳过。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="477"/>
        <source>Importing “%1”: enter its keys, then Save.</source>
        <translation>正在导入“%1”：请输入其密钥，然后保存。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="479"/>
        <source>%1 more to come.</source>
        <translation>之后还有 %1 个。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="492"/>
        <source>Give the profile a name (one line, up to 80 characters).</source>
        <translation>请为配置命名（单行，最多 80 个字符）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="494"/>
        <source>A profile with this name already exists.</source>
        <translation>已存在同名配置。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="496"/>
        <source>The merchant id is exactly 10 digits; leading zeros count.</source>
        <translation>商户号必须是 10 位数字，前导 0 有效。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="498"/>
        <source>The gateway URL must start with https:// (plain http only for this computer).</source>
        <translation>网关地址必须以 https:// 开头（仅本机地址可用 http）。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="500"/>
        <source>Enter the transaction key.</source>
        <translation>请输入交易密钥。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="502"/>
        <source>A profile name cannot contain control, direction-changing or invisible characters.</source>
        <translation>商户配置名称不能包含控制字符、改变文字方向的字符或不可见字符。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="504"/>
        <source>A note is at most 2000 characters, without control or direction-changing characters.</source>
        <translation>备注最多 2000 个字符，且不能包含控制字符或改变文字方向的字符。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="514"/>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="515"/>
        <source>Delete the profile “%1” and remove its keys from the keyring?</source>
        <translation>删除配置“%1”，并从钥匙串中移除其密钥？</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="524"/>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="567"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="598"/>
        <source>The test could not be completed (%1): the log has the details.</source>
        <translation>测试未能完成（%1）：详情见日志。</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="47"/>
        <source>Query attempts</source>
        <translation>查询记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/progress_strip.py" line="82"/>
        <source>Done: %n attempt(s)</source>
        <translation>
            <numerusform>完成：共查询 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="87"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/progress_strip.py" line="104"/>
        <source>Querying… attempt %1, %2 s</source>
        <translation>正在查询… 第 %1 次，已用 %2 秒</translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="117"/>
        <source>Merchant order number</source>
        <extracomment>a refund to ask about: which number and the number</extracomment>
        <translation>商户订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="118"/>
        <source>Leshua order number</source>
        <translation>乐刷订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="121"/>
        <source>Kind of order number</source>
        <translation>订单号类型</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="122"/>
        <source>Order number (paste from Excel or chat)</source>
        <translation>订单号（可从 Excel 或聊天中粘贴）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="123"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="125"/>
        <source>Typed during the lookup (goes into the bar when it ends):</source>
        <translation>查询期间输入的内容（查询结束后放入查询栏）：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="127"/>
        <source>Next order number</source>
        <translation>下一个订单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="128"/>
        <source>Demo &amp;orders</source>
        <translation>演示订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="129"/>
        <source>Demo orders</source>
        <translation>演示订单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="130"/>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="131"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="132"/>
        <source>Look the order up (Enter)</source>
        <translation>查询该订单（回车）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="133"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="134"/>
        <source>Stop querying (Esc)</source>
        <translation>停止查询（Esc）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="136"/>
        <source>&amp;Keep querying until final (up to %1 s)</source>
        <translation>持续查询直到终态（最长 %1 秒）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="175"/>
        <source>A merchant order number is 1–64 letters, digits or symbols, without spaces.</source>
        <translation>商户订单号为 1–64 个字母、数字或符号，不能含空格。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="176"/>
        <source>A Leshua order number is 1–32 letters or digits.</source>
        <translation>乐刷订单号为 1–32 个字母或数字。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="205"/>
        <source>Demo refunds (a refund lookup)</source>
        <translation>演示退款（退款查询）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="215"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation>正在查询：请等待完成或先取消。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="274"/>
        <source>A query is running: this order number goes into the bar when it ends.</source>
        <translation>正在查询：这个订单号会在查询结束后放入查询栏。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/query_bar.py" line="293"/>
        <source>What you typed during the lookup is in the query bar: press Enter to ask.</source>
        <translation>查询期间输入的内容已放入查询栏：按回车键查询。</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="33"/>
        <source>Raw exchange with the gateway</source>
        <translation>与网关的原始报文</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="35"/>
        <source>The raw request and answer appear here after a query.</source>
        <translation>查询后，此处显示原始请求和应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="53"/>
        <source>Cancelled before an answer came: %1
The order&apos;s state is unknown, not unpaid.</source>
        <translation>应答到达前已取消：%1
订单状态未知，并非未支付。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="56"/>
        <source>Asking the gateway: %1
Nothing has come back yet.</source>
        <translation>正在询问网关：%1
尚未收到任何应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="64"/>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="83"/>
        <source>Endpoint</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="84"/>
        <source>Service</source>
        <translation>接口</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="86"/>
        <source>Sent at (UTC)</source>
        <translation>发送时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="89"/>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="91"/>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="92"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="96"/>
        <source>Form sent (with sign; the key is never sent)</source>
        <translation>发送的表单（含 sign；密钥从不发送）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="99"/>
        <source>String that was signed (key masked)</source>
        <translation>签名原串（密钥已隐藏）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="105"/>
        <source>Answer signature</source>
        <translation>应答签名</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="106"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="108"/>
        <source>Rule that matched</source>
        <translation>匹配的规则</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="110"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="112"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="115"/>
        <source>String checked (key masked)</source>
        <translation>验签原串（密钥已隐藏）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="123"/>
        <source>Answer as received (%1 bytes)</source>
        <translation>收到的应答（%1 字节）</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="133"/>
        <source>Pretty-printed</source>
        <translation>格式化显示</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="76"/>
        <source>(The last of %1 attempts is shown.)</source>
        <translation>（显示 %1 次查询中的最后一次。）</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="24"/>
        <source>Look up a refund</source>
        <translation>查询退款</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="27"/>
        <source>A refund of order %1. Refunds can take 1-3 working days to become final.</source>
        <translation>订单 %1 的退款。退款可能需要 1–3 个工作日才会到终态。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="33"/>
        <source>Merchant refund number</source>
        <translation>商户退款单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="34"/>
        <source>Leshua refund number</source>
        <translation>乐刷退款单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="36"/>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="37"/>
        <source>Refund number</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="38"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="38"/>
        <source>&amp;Refund number:</source>
        <translation>退款单号(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ResultTabs</name>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="102"/>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="135"/>
        <source>&amp;History</source>
        <translation>查询记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="133"/>
        <source>&amp;Result</source>
        <translation>查询结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="134"/>
        <source>R&amp;aw</source>
        <translation>原始报文(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_tabs.py" line="162"/>
        <source>refund %1</source>
        <translation>退款 %1</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="181"/>
        <source>Copy &amp;summary</source>
        <extracomment>&quot;asking&quot; or &quot;cancelled&quot; while no answer of the query being shown has come</extracomment>
        <translation>复制摘要(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="182"/>
        <source>Copy a plain-text summary for a support ticket</source>
        <translation>复制纯文本摘要，用于工单</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="183"/>
        <source>Copy summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="184"/>
        <source>Enter an order number and press Enter to look it up.</source>
        <translation>输入订单号并按回车查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="295"/>
        <source>Untrusted: %1</source>
        <translation>不可信：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="322"/>
        <source>From history: queried at %1</source>
        <translation>历史记录：查询于 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="243"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="324"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="526"/>
        <source>Queried at %1</source>
        <translation>查询于 %1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="233"/>
        <source>Cancelled: state unknown</source>
        <translation>已取消：状态未知</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="235"/>
        <source>The query was cancelled before an answer came: the order&apos;s state is unknown, not unpaid. Query again to know it.</source>
        <translation>查询在应答到达前已取消：订单状态未知，并非未支付。请再次查询以确认。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="239"/>
        <source>Asking the gateway…</source>
        <translation>正在询问网关…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="302"/>
        <source>Refund not found</source>
        <translation>退款不存在</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/result_view.py" line="327"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>共 %n 次查询</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="345"/>
        <source>Not sent: check the input</source>
        <translation>未发送：请检查输入</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="346"/>
        <source>Gateway not reached</source>
        <translation>无法连接网关</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="347"/>
        <source>No answer in time</source>
        <translation>网关未及时应答</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="348"/>
        <source>Unreadable answer</source>
        <translation>应答无法解析</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="349"/>
        <source>Answer about another order</source>
        <translation>应答与所查订单不符</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="350"/>
        <source>Answer about another refund</source>
        <translation>应答说的是另一笔退款</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="351"/>
        <source>The gateway reported an error</source>
        <translation>网关返回错误</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="352"/>
        <source>Signature problem</source>
        <translation>签名有问题</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="353"/>
        <source>Keyring unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="356"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="360"/>
        <source>The keyring is locked: unlock it, then query again.</source>
        <translation>钥匙串已锁定：请解锁后再查询。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="362"/>
        <source>Keys cannot be kept in a keyring here: File &gt; Manage profiles says what to do.</source>
        <translation>此处无法把密钥保存在钥匙串中：请在“文件 &gt; 管理商户配置”中查看处理方法。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="368"/>
        <source>The keyring could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="384"/>
        <source>Gateway said: %1</source>
        <translation>网关返回：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="386"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="391"/>
        <source>Stopped at the deadline before a final state: the order&apos;s state is unknown, not unpaid. Query again later.</source>
        <translation>已到截止时间，订单仍未到终态：状态未知，并非未支付。请稍后再查。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="528"/>
        <source>The order&apos;s state is unknown, not unpaid.</source>
        <translation>订单状态未知，并非未支付。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="480"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="481"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="488"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="506"/>
        <source>%1 fen</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="405"/>
        <source>Cancelled: the state is unknown; the last answer shown is not final.</source>
        <translation>已取消：状态未知；显示的最后一个应答并非终态。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="75"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="77"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="80"/>
        <source>Keep querying until a final state</source>
        <translation>持续查询直到终态</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="81"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="82"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="83"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="84"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="85"/>
        <source>keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="86"/>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="87"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="89"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="90"/>
        <source>Polling:</source>
        <translation>轮询：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="91"/>
        <source>Polling &amp;deadline:</source>
        <translation>轮询截止(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="92"/>
        <source>&amp;Connect timeout:</source>
        <translation>连接超时(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="93"/>
        <source>&amp;Answer timeout:</source>
        <translation>应答超时(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="94"/>
        <source>CA &amp;bundle (corporate proxy):</source>
        <translation>CA 证书包（企业代理）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="95"/>
        <source>Keep &amp;history for:</source>
        <translation>历史记录保留(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="111"/>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="111"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="104"/>
        <source>Copy</source>
        <extracomment>Rows without a copy button (their context menu still copies: a code, the state&apos;s code).</extracomment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="71"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="72"/>
        <source>Manage &amp;profiles…</source>
        <translation>管理商户配置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="73"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="74"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="75"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="76"/>
        <source>Look up a &amp;refund…</source>
        <translation>查询退款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="77"/>
        <source>Check a &amp;callback…</source>
        <translation>核验异步通知(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="78"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="79"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="80"/>
        <source>&amp;About Leshua Desk</source>
        <translation>关于乐刷查单助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="94"/>
        <source>About Leshua Desk</source>
        <translation>关于乐刷查单助手</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="103"/>
        <source>Look up Leshua payment orders and verify the gateway&apos;s answers.</source>
        <translation>查询乐刷支付订单，核验网关应答。</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="105"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="106"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="107"/>
        <source>Keyring</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="108"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/window_menus.py" line="109"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
</context>
</TS>
