<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="80"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="89"/>
        <source>Check a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="91"/>
        <source>Paste the body Leshua sent to the merchant&apos;s notify_url (the XML, as received). It is checked with the profile&apos;s notify key, which is not the transaction key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="94"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="95"/>
        <source>Load a &amp;demo callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="96"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="98"/>
        <source>Callback body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="99"/>
        <source>Signature details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="124"/>
        <source>This profile has no notify key: add it in Manage profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="142"/>
        <source>The body could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="158"/>
        <source>Genuine: signed with this profile&apos;s notify key. Order %1: %2. The merchant&apos;s server must answer %3 (plain text), or Leshua sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="163"/>
        <source>Not verified: do not act on it. Order %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="166"/>
        <source>It was signed with the transaction key instead of the notify key: ask Leshua to check the merchant&apos;s notify key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="170"/>
        <source>It may be forged or changed, or the profile&apos;s notify key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="181"/>
        <source>Rule that matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="182"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="183"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="185"/>
        <source>String that was signed (key masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/callback_dialog.py" line="188"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="154"/>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="155"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="166"/>
        <source>%1 (untrusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="180"/>
        <source>Gateway not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="181"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_model.py" line="182"/>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="140"/>
        <source>Queried at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="140"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="160"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="141"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="141"/>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="142"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="159"/>
        <source>Trade state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="143"/>
        <location filename="../../leshua_gui/ui/history_panel.py" line="159"/>
        <source>Pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="143"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="144"/>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="144"/>
        <source>Signature / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="146"/>
        <source>Search by order number or its beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="147"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="148"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="150"/>
        <source>Any pay way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="152"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="156"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="160"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="162"/>
        <source>Include untrusted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="164"/>
        <source>A trade state filter lists answers with a verified signature only. Tick to list forged, unsigned or faulty answers claiming that state too (marked untrusted; their amounts are never exported as numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="168"/>
        <source>Latest answer per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="170"/>
        <source>Of the rows matching the filters, show only the newest for each order (the same order, merchant, environment and lookup), so that a repeated query is listed and exported once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="174"/>
        <source>from any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="175"/>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="176"/>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="177"/>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="178"/>
        <source>&amp;Show answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="179"/>
        <source>Query a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="180"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="182"/>
        <source>Write the rows matching the filter to Excel (.xlsx) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="184"/>
        <source>De&amp;lete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="185"/>
        <source>Clear &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="186"/>
        <source>Query history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="202"/>
        <source>Any profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="203"/>
        <source>(no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="253"/>
        <source>The history could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="258"/>
        <source>it was written by a newer version of Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="259"/>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="262"/>
        <source>The history file was set aside as %1 (%2) and a new one started; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="274"/>
        <source>%1+ queries (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="274"/>
        <source>%1 queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="316"/>
        <source>Delete queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="317"/>
        <source>Delete %1 selected queries from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="325"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="326"/>
        <source>Delete every query in the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="335"/>
        <source>The history is not answering: the change may not be saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="342"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="343"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="356"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="364"/>
        <source>%1 rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_panel.py" line="372"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryUnavailableView</name>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="63"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="18"/>
        <source>another program is using it (it is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="21"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="22"/>
        <source>its folder or file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="25"/>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="28"/>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="30"/>
        <source>the disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/history_unavailable.py" line="69"/>
        <source>The query history cannot be opened now: {reason}. Nothing was set aside or lost; queries still work but are not recorded until it opens.

{details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="64"/>
        <source>Show or hide the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="284"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="285"/>
        <source>Manage &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="286"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="287"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="288"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="289"/>
        <source>Look up a &amp;refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="290"/>
        <source>Check a &amp;callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="291"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="292"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="293"/>
        <source>&amp;About Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="294"/>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="295"/>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="296"/>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="300"/>
        <source>Merchant order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="301"/>
        <source>Leshua order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="304"/>
        <source>Kind of order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="305"/>
        <source>Order number (paste from Excel or chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="306"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="308"/>
        <source>Typed during the lookup (goes into the bar when it ends):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="310"/>
        <source>Next order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="311"/>
        <source>Demo &amp;orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="312"/>
        <source>Demo orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="313"/>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="314"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="315"/>
        <source>Look the order up (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="316"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="317"/>
        <source>Stop querying (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="318"/>
        <source>&amp;Keep querying until final (up to %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="393"/>
        <location filename="../../leshua_gui/ui/main_window.py" line="454"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="420"/>
        <location filename="../../leshua_gui/ui/main_window.py" line="515"/>
        <source>A query is running: wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="434"/>
        <source>No profile “%1” for merchant %2 any more: the query was not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="452"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="453"/>
        <source>R&amp;aw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="320"/>
        <source>Query attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="322"/>
        <source>Welcome to Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="323"/>
        <source>Look up Leshua payment orders and check that the gateway&apos;s answer is genuine. Create a profile with your merchant id and keys, or open the demo to see every order state on a local sandbox gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="327"/>
        <source>&amp;Create a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="328"/>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="490"/>
        <source>DEMO — a local sandbox gateway at %1 with made-up orders. Nothing here touches a real merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="493"/>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="543"/>
        <location filename="../../leshua_gui/ui/main_window.py" line="638"/>
        <source>Demo merchant (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="609"/>
        <source>A merchant order number is 1–64 letters, digits or symbols, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="610"/>
        <source>A Leshua order number is 1–32 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="409"/>
        <location filename="../../leshua_gui/ui/main_window.py" line="641"/>
        <source>refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="503"/>
        <source>Demo refunds (a refund lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="755"/>
        <source>A query is running: this order number goes into the bar when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="774"/>
        <source>What you typed during the lookup is in the query bar: press Enter to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="780"/>
        <source>Querying… attempt %1, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="824"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="826"/>
        <source>Query cancelled: the order&apos;s state is unknown, not unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/main_window.py" line="843"/>
        <source>Done: %n attempt(s)</source>
        <translation>
            <numerusform>Done: %n attempt</numerusform>
            <numerusform>Done: %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="874"/>
        <source>This query was not recorded in the history: %1. The answer above is complete; copy its summary if support will need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="878"/>
        <source>Not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="897"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="924"/>
        <source>Type the order number first, then look up its refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="954"/>
        <source>Look up Leshua payment orders and verify the gateway&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="956"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="957"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="958"/>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="959"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="960"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/main_window.py" line="965"/>
        <source>About Leshua Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="176"/>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="177"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="178"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="179"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="181"/>
        <source>Add profiles from a file a colleague exported (you enter the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="183"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="185"/>
        <source>Write the profiles to a file for a colleague (never the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="187"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="188"/>
        <source>&amp;Test this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="190"/>
        <source>Keep keys for this session only (asked again at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="193"/>
        <source>&amp;Merchant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="194"/>
        <source>Gateway &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="195"/>
        <source>&amp;Transaction key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="196"/>
        <source>Noti&amp;fy key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="200"/>
        <source>10 digits, leading zeros count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="201"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="202"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="329"/>
        <source>transaction key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="203"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="330"/>
        <source>notify key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="207"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="208"/>
        <source>Sandbox (local demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="208"/>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="213"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="219"/>
        <source>Keys are kept in the system keyring (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="239"/>
        <source>no keyring was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="240"/>
        <source>it discards every secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="241"/>
        <source>it keeps secrets in a file other programs can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="242"/>
        <source>it could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="245"/>
        <source>The keyring found here (%1) cannot keep keys safely: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="254"/>
        <source>A safe keyring is installed too: pick it explicitly with the environment variable PYTHON_KEYRING_BACKEND=%1 (or default-keyring=%1 in keyringrc.cfg), or uninstall keyrings.alt; or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="260"/>
        <source>Install and unlock GNOME Keyring or KWallet (Debian/Ubuntu: sudo apt install gnome-keyring), then start Leshua Desk again; or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="265"/>
        <source>Allow access to the system keyring, or keep the keys for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="333"/>
        <source>unchanged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="334"/>
        <source>%1 is set (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="336"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="337"/>
        <source>%1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="350"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="351"/>
        <source>optional: for checking callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="404"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="416"/>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="417"/>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="437"/>
        <source>Profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="429"/>
        <source>%1 profiles written to %2 (without keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="437"/>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="454"/>
        <source>Nothing to import: every profile in the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="459"/>
        <source>%1 profiles already exist and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="478"/>
        <source>Importing “%1”: enter its keys, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="480"/>
        <source>%1 more to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="485"/>
        <source>Give the profile a name (one line, up to 80 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="486"/>
        <source>A profile with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="487"/>
        <source>The merchant id is exactly 10 digits; leading zeros count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="488"/>
        <source>The gateway URL must start with https:// (plain http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="489"/>
        <source>Enter the transaction key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="490"/>
        <source>A profile name cannot contain control, direction-changing or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="491"/>
        <source>A note is at most 2000 characters, without control or direction-changing characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="501"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="502"/>
        <source>Delete the profile “%1” and remove its keys from the keyring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="513"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="556"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/profile_dialog.py" line="581"/>
        <source>The test could not be completed (%1): the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="26"/>
        <source>Raw exchange with the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="28"/>
        <source>The raw request and answer appear here after a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="46"/>
        <source>Cancelled before an answer came: %1
The order&apos;s state is unknown, not unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="49"/>
        <source>Asking the gateway: %1
Nothing has come back yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="59"/>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="64"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="65"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="67"/>
        <source>Sent at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="70"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="72"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="73"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="77"/>
        <source>Form sent (with sign; the key is never sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="80"/>
        <source>String that was signed (key masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="85"/>
        <source>Answer signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="86"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="88"/>
        <source>Rule that matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="90"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="92"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="95"/>
        <source>String checked (key masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="101"/>
        <source>Answer as received (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="112"/>
        <source>Pretty-printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/raw_view.py" line="117"/>
        <source>(The last of %1 attempts is shown.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="23"/>
        <source>Look up a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="25"/>
        <source>A refund of order %1. Refunds can take 1-3 working days to become final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="30"/>
        <source>Merchant refund number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="31"/>
        <source>Leshua refund number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="33"/>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="34"/>
        <source>Refund number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="35"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/refund_dialog.py" line="35"/>
        <source>&amp;Refund number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="176"/>
        <source>Copy &amp;summary</source>
        <extracomment>&quot;asking&quot; or &quot;cancelled&quot; while no answer of the query being shown has come</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="177"/>
        <source>Copy a plain-text summary for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="178"/>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="179"/>
        <source>Enter an order number and press Enter to look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="290"/>
        <source>Untrusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="318"/>
        <source>From history: queried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="236"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="320"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="654"/>
        <source>Queried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="226"/>
        <source>Cancelled: state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="228"/>
        <source>The query was cancelled before an answer came: the order&apos;s state is unknown, not unpaid. Query again to know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="232"/>
        <source>Asking the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="298"/>
        <source>Refund not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leshua_gui/ui/result_view.py" line="323"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="340"/>
        <source>Not sent: check the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="341"/>
        <source>Gateway not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="342"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="343"/>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="344"/>
        <source>Answer about another order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="345"/>
        <source>Answer about another refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="346"/>
        <source>The gateway reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="347"/>
        <source>Signature problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="348"/>
        <source>Keyring unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="351"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="355"/>
        <source>The keyring is locked: unlock it, then query again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="357"/>
        <source>Keys cannot be kept in a keyring here: File &gt; Manage profiles says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="363"/>
        <source>The keyring could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="379"/>
        <source>Gateway said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="381"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="386"/>
        <source>Stopped at the deadline before a final state: the order&apos;s state is unknown, not unpaid. Query again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="656"/>
        <source>The order&apos;s state is unknown, not unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="469"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="470"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="483"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="509"/>
        <source>Times (China time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="518"/>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="529"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="535"/>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="548"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="573"/>
        <source>Amounts (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="559"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="582"/>
        <location filename="../../leshua_gui/ui/result_view.py" line="632"/>
        <source>%1 fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="400"/>
        <source>Cancelled: the state is unknown; the last answer shown is not final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="587"/>
        <source>%1 (not a whole number of fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="599"/>
        <source>Note: order amount minus discount and coupon is ¥%1, not what the buyer paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="609"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="610"/>
        <source>Promotion id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="611"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="612"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="613"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="614"/>
        <source>Merchant funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="615"/>
        <source>WeChat funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="616"/>
        <source>Other funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="643"/>
        <source>Promotion details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="67"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="69"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="72"/>
        <source>Keep querying until a final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="73"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="74"/>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="75"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="76"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="77"/>
        <source>keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="78"/>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="79"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="81"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="82"/>
        <source>Polling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="83"/>
        <source>Polling &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="84"/>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="85"/>
        <source>&amp;Answer timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="86"/>
        <source>CA &amp;bundle (corporate proxy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="87"/>
        <source>Keep &amp;history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="103"/>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../leshua_gui/ui/settings_dialog.py" line="103"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <location filename="../../leshua_gui/ui/result_view.py" line="99"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
