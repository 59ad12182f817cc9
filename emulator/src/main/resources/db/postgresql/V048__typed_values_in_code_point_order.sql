-- PostgreSQL only: the text columns of the tables V047 made compare in code point order, as V046 made every text
-- column of the store before them (a prefix LIKE is then a range of the index, and text sorts as on H2).
ALTER TABLE platform_object_text_value ALTER COLUMN property TYPE varchar(100) COLLATE "C";
ALTER TABLE platform_object_text_value ALTER COLUMN object_type TYPE varchar(100) COLLATE "C";
ALTER TABLE platform_object_text_value ALTER COLUMN text_value TYPE varchar(4000) COLLATE "C";
ALTER TABLE platform_object_number_value ALTER COLUMN property TYPE varchar(100) COLLATE "C";
ALTER TABLE platform_object_number_value ALTER COLUMN object_type TYPE varchar(100) COLLATE "C";
ALTER TABLE platform_object_time_value ALTER COLUMN property TYPE varchar(100) COLLATE "C";
ALTER TABLE platform_object_time_value ALTER COLUMN object_type TYPE varchar(100) COLLATE "C";
