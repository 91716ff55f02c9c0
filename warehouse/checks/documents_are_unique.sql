-- One row per normalized text: the id is the hash of the text.
select text_sha256 from documents group by text_sha256 having count(*) > 1
