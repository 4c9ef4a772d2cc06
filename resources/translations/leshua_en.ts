<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="80" />
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="89" />
        <source>Check a callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="91" />
        <source>Paste the body Leshua sent to the merchant's notify_url (the XML, as received). It is checked with the profile's notify key, which is not the transaction key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="94" />
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="95" />
        <source>Load a &amp;demo callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="96" />
        <source>&amp;Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="98" />
        <source>Callback body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="99" />
        <source>Signature details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="124" />
        <source>This profile has no notify key: add it in Manage profiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="142" />
        <source>The body could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="158" />
        <source>Genuine: signed with this profile's notify key. Order %1: %2. The merchant's server must answer %3 (plain text), or Leshua sends it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="163" />
        <source>Not verified: do not act on it. Order %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="166" />
        <source>It was signed with the transaction key instead of the notify key: ask Leshua to check the merchant's notify key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="170" />
        <source>It may be forged or changed, or the profile's notify key is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="181" />
        <source>Rule that matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="182" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="183" />
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="185" />
        <source>String that was signed (key masked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="188" />
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="165" />
        <source>Gateway not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="166" />
        <source>No answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="167" />
        <source>Unreadable answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="128" />
        <source>Queried at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="128" />
        <location filename="../../leshua_gui/ui/history_panel.py" line="147" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="129" />
        <source>Order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="129" />
        <location filename="../../leshua_gui/ui/history_panel.py" line="146" />
        <source>Trade state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="130" />
        <location filename="../../leshua_gui/ui/history_panel.py" line="146" />
        <source>Pay way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="130" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="131" />
        <source>Settlement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="131" />
        <source>Signature / error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="133" />
        <source>Search by order number or its beginning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="134" />
        <source>Search the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="135" />
        <source>Any state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="137" />
        <source>Any pay way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="139" />
        <source>Any outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="143" />
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="147" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="149" />
        <source>from any day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="150" />
        <source>to any day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="151" />
        <source>From day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="152" />
        <source>To day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="153" />
        <source>&amp;Show answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="154" />
        <source>Query a&amp;gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="155" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="157" />
        <source>Write the rows matching the filter to Excel (.xlsx) or CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="159" />
        <source>De&amp;lete selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="160" />
        <source>Clear &amp;history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="161" />
        <source>Query history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="177" />
        <source>Any profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="178" />
        <source>(no profile)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="226" />
        <source>The history could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="231" />
        <source>it was written by a newer version of Leshua Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="232" />
        <source>it is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="235" />
        <source>The history file was set aside as %1 (%2) and a new one started; nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="247" />
        <source>%1+ queries (scroll for more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="247" />
        <source>%1 queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="289" />
        <source>Delete queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="290" />
        <source>Delete %1 selected queries from the history?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="298" />
        <source>Clear history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="299" />
        <source>Delete every query in the history? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="308" />
        <source>The history is not answering: the change may not be saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="315" />
        <source>Export history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="316" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="329" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="337" />
        <source>%1 rows written to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="345" />
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="64" />
        <source>Show or hide the %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="256" />
        <source>Demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="259" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="260" />
        <source>Manage &amp;profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="261" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="262" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="263" />
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="264" />
        <source>Look up a &amp;refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="265" />
        <source>Check a &amp;callback…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="266" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="267" />
        <source>Open &amp;log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="268" />
        <source>&amp;About Leshua Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="269" />
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="270" />
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="271" />
        <source>Manage profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="275" />
        <source>Merchant order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="276" />
        <source>Leshua order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="279" />
        <source>Kind of order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="280" />
        <source>Order number (paste from Excel or chat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="281" />
        <source>Order number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="282" />
        <source>Demo &amp;orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="283" />
        <source>Demo orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="284" />
        <source>&amp;Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="285" />
        <source>Query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="286" />
        <source>Look the order up (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="287" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="288" />
        <source>Stop querying (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="289" />
        <source>&amp;Keep querying until final (up to %1 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="356" />
        <location filename="../../leshua_gui/ui/main_window.py" line="406" />
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="378" />
        <source>A query is running: wait for it or cancel it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="392" />
        <source>No profile “%1” for merchant %2 any more: the query was not repeated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="404" />
        <source>&amp;Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="405" />
        <source>R&amp;aw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="291" />
        <source>Query attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="293" />
        <source>Welcome to Leshua Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="294" />
        <source>Look up Leshua payment orders and check that the gateway's answer is genuine. Create a profile with your merchant id and keys, or open the demo to see every order state on a local sandbox gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="298" />
        <source>&amp;Create a profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="299" />
        <source>Open the &amp;demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="435" />
        <source>DEMO — a local sandbox gateway at %1 with made-up orders. Nothing here touches a real merchant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="438" />
        <source>Demo mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="467" />
        <location filename="../../leshua_gui/ui/main_window.py" line="560" />
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="532" />
        <source>A merchant order number is 1–64 letters, digits or symbols, without spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="533" />
        <source>A Leshua order number is 1–32 letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="563" />
        <source>refund %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="632" />
        <source>Querying… attempt %1, %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="664" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="666" />
        <source>Query cancelled: the order's state is unknown, not unpaid.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/main_window.py" line="678" />
        <source>Done: %n attempt(s)</source>
        <translation>
            <numerusform>Done: %n attempt</numerusform><numerusform>Done: %n attempts</numerusform></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="701" />
        <source>Copied to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="728" />
        <source>Type the order number first, then look up its refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="758" />
        <source>Look up Leshua payment orders and verify the gateway's answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="760" />
        <source>Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="761" />
        <source>Python</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="762" />
        <source>Keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="763" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="764" />
        <source>Logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="769" />
        <source>About Leshua Desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="176" />
        <source>Manage profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="177" />
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="178" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="179" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="181" />
        <source>Add profiles from a file a colleague exported (you enter the keys)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="183" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="185" />
        <source>Write the profiles to a file for a colleague (never the keys)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="187" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="188" />
        <source>&amp;Test this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="190" />
        <source>Keep keys for this session only (asked again at the next start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193" />
        <source>&amp;Merchant id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194" />
        <source>&amp;Gateway:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194" />
        <source>Gateway &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195" />
        <source>&amp;Transaction key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="196" />
        <source>Noti&amp;fy key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="200" />
        <source>10 digits, leading zeros count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="201" />
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="202" />
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="323" />
        <source>transaction key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="203" />
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="324" />
        <source>notify key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207" />
        <source>Production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207" />
        <source>Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="208" />
        <source>Sandbox (local demo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="208" />
        <source>Custom URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="213" />
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="219" />
        <source>Keys are kept in the system keyring (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="239" />
        <source>no keyring was found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="240" />
        <source>it discards every secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="241" />
        <source>it keeps secrets in a file other programs can read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242" />
        <source>it could not be loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="245" />
        <source>The keyring found here (%1) cannot keep keys safely: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="254" />
        <source>Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), then start Leshua Desk again; or keep the keys for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="259" />
        <source>Allow access to the system keyring, or keep the keys for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="327" />
        <source>unchanged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="328" />
        <source>%1 is set (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="330" />
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="331" />
        <source>%1 is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="344" />
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="345" />
        <source>optional: for checking callbacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="398" />
        <source>Saved “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="410" />
        <source>Export profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="411" />
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="431" />
        <source>Profiles (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="423" />
        <source>%1 profiles written to %2 (without keys).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="431" />
        <source>Import profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="448" />
        <source>Nothing to import: every profile in the file already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="453" />
        <source>%1 profiles already exist and were skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="472" />
        <source>Importing “%1”: enter its keys, then Save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="474" />
        <source>%1 more to come.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="479" />
        <source>Give the profile a name (one line, up to 80 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="480" />
        <source>A profile with this name already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="481" />
        <source>The merchant id is exactly 10 digits; leading zeros count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="482" />
        <source>The gateway URL must start with https:// (plain http only for this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="483" />
        <source>Enter the transaction key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="493" />
        <source>Delete profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="494" />
        <source>Delete the profile “%1” and remove its keys from the keyring?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="505" />
        <source>Deleted “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="520" />
        <source>Testing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="25" />
        <source>Raw exchange with the gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="27" />
        <source>The raw request and answer appear here after a query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="42" />
        <source>Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="47" />
        <source>Endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="48" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="50" />
        <source>Sent at (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="53" />
        <source>HTTP status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="55" />
        <source>Elapsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="56" />
        <source>Tries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="60" />
        <source>Form sent (with sign; the key is never sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="63" />
        <source>String that was signed (key masked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="68" />
        <source>Answer signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="69" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="71" />
        <source>Rule that matched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="73" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="75" />
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="78" />
        <source>String checked (key masked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="84" />
        <source>Answer as received (%1 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="95" />
        <source>Pretty-printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="100" />
        <source>(The last of %1 attempts is shown.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="23" />
        <source>Look up a refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="25" />
        <source>A refund of order %1. Refunds can take 1-3 working days to become final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="30" />
        <source>Merchant refund number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="31" />
        <source>Leshua refund number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="33" />
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="34" />
        <source>Refund number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="35" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="35" />
        <source>&amp;Refund number:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="160" />
        <source>Copy &amp;summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="161" />
        <source>Copy a plain-text summary for a support ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="162" />
        <source>Copy summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="163" />
        <source>Enter an order number and press Enter to look it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="218" />
        <source>Untrusted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="244" />
        <source>From history: queried at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="246" />
        <source>Queried at %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/result_view.py" line="249" />
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform><numerusform>%n attempts</numerusform></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="266" />
        <source>Not sent: check the input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="267" />
        <source>Gateway not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="268" />
        <source>No answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="269" />
        <source>Unreadable answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="270" />
        <source>Answer about another order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="271" />
        <source>The gateway reported an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="272" />
        <source>Signature problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="273" />
        <source>Keyring unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="276" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="280" />
        <source>The keyring is locked: unlock it, then query again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="282" />
        <source>Keys cannot be kept in a keyring here: File &gt; Manage profiles says what to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="288" />
        <source>The keyring could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="304" />
        <source>Gateway said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="306" />
        <source>Details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="311" />
        <source>Stopped at the deadline before a final state: the order's state is unknown, not unpaid. Query again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="316" />
        <source>Cancelled: the last answer shown is not final.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="384" />
        <location filename="../../leshua_gui/ui/result_view.py" line="385" />
        <source>Copy %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="398" />
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="424" />
        <source>Times (China time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="433" />
        <source>Identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="444" />
        <source>Raw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="450" />
        <source>Other fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="463" />
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="488" />
        <source>Amounts (yuan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="474" />
        <location filename="../../leshua_gui/ui/result_view.py" line="497" />
        <location filename="../../leshua_gui/ui/result_view.py" line="547" />
        <source>%1 fen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="502" />
        <source>%1 (not a whole number of fen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="514" />
        <source>Note: order amount minus discount and coupon is ¥%1, not what the buyer paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="524" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="525" />
        <source>Promotion id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="526" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="527" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="528" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="529" />
        <source>Merchant funds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="530" />
        <source>WeChat funds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="531" />
        <source>Other funds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="558" />
        <source>Promotion details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="67" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="69" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="72" />
        <source>Keep querying until a final state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="73" />
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="74" />
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="75" />
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="76" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="77" />
        <source>keep everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="78" />
        <source>system certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="79" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="81" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="82" />
        <source>Polling:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="83" />
        <source>Polling &amp;deadline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="84" />
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="85" />
        <source>&amp;Answer timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="86" />
        <source>CA &amp;bundle (corporate proxy):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="87" />
        <source>Keep &amp;history for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="103" />
        <source>CA bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="103" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="98" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>